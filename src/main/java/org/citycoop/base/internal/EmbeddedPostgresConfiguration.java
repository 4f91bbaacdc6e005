package org.citycoop.base.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

/**
 * The embedded default: a real PostgreSQL that the application starts itself, so that
 * running CityCoop needs no installation step. Files are kept under {@code data-dir}
 * between runs; an empty {@code data-dir} gives a throwaway database (tests).
 * The {@code postgres} profile uses an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String DATABASE = "citycoop";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${citycoop.embedded-db.data-dir}") String dataDir,
                                      @Value("${citycoop.embedded-db.port}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                // Spring stops it, after the engine and the pool: its own JVM hook would race them
                .setRegisterShutdownHook(false);
        if (StringUtils.hasText(dataDir)) {
            Path directory = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} (data: {})", postgres.getPort(),
                StringUtils.hasText(dataDir) ? dataDir : "throwaway");
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize)
            throws SQLException {
        createDatabaseIfMissing(postgres);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("citycoop");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        }
    }
}
