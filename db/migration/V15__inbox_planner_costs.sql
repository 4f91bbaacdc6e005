-- The inbox at 100,000 open tasks (issue 5; measured by the benchmark, src/docs/benchmarks.md).
-- The engine's inbox query finds the candidate identity links of the user's groups (a few hundred)
-- and joins their tasks. With PostgreSQL's default random_page_cost of 4, made for spinning disks,
-- the planner prices those few hundred index look-ups above reading every open task and hashing
-- them, so each page and each count read the whole task table (about 10 times slower at 100,000
-- tasks). On SSDs, and with the engine's tables in memory, a random page costs about as much as a
-- sequential one: 1.1 is the usual setting there. New sessions get it from the database; this
-- session (Flyway's pooled connection) sets it too.
do $$
begin
    execute format('alter database %I set random_page_cost = 1.1', current_database());
end
$$;

set random_page_cost = 1.1;
