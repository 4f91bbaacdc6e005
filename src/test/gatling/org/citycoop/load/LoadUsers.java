package org.citycoop.load;

import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.ObjectName;
import org.citycoop.name.Name;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.TestProposals;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Before the application reports itself ready: {@code citycoop.load.users} accounts
 * {@code load0001}… (officer and manager), each in a municipality of its own ({@code LT0001}…), each
 * having proposed one project through the real process, so that each virtual user sees exactly one
 * screening task and no other user competes for it. Then registers {@link ScreeningCount} for the
 * simulation to check the outcome over JMX.
 */
class LoadUsers implements ApplicationRunner {

    static final String PASSWORD = "load-test-password";
    private static final String PARTNER = "LTP01";

    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final UserDetailsService userDetails;
    private final ProjectService projects;
    private final JdbcClient jdbc;
    private final int users;

    LoadUsers(OrganisationService organisations, UserAccountService accounts, UserDetailsService userDetails,
              ProjectService projects, JdbcClient jdbc, @Value("${citycoop.load.users:300}") int users) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.projects = projects;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        organisations.register(new NewOrganisation(PARTNER, "Load partner city", OrganisationKind.PARTNER_CITY, "VN", null, null));
        for (int number = 1; number <= users; number++) {
            String organisation = "LT%04d".formatted(number);
            String username = "load%04d".formatted(number);
            organisations.register(new NewOrganisation(organisation, "Load city " + number, OrganisationKind.CITY, "JP", null, null));
            accounts.create(username, Name.english("Load user " + number), organisation, PASSWORD, List.of(Roles.OFFICER, Roles.MANAGER));
            projects.propose(proposal(number), (CityCoopUser) userDetails.loadUserByUsername(username));
        }
        ManagementFactory.getPlatformMBeanServer().registerMBean(new ScreeningCount(jdbc), new ObjectName(ScreeningCount.NAME));
        System.out.println("[load] " + users + " users with one screening task each");
    }

    private static ProjectProposal proposal(int number) {
        ProjectProposal proposal = TestProposals.of("Load test composting programme " + number, PARTNER);
        proposal.setBudgetJpy(10_000_000L + number);
        return proposal;
    }
}
