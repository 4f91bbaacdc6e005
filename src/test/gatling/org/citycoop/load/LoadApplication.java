package org.citycoop.load;

import org.citycoop.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application under the Gatling load of issue 8 item 5 ({@code mvn -B -Pload verify},
 * src/docs/benchmarks.md): CityCoop with its demo data on a throwaway embedded PostgreSQL, plus
 * {@link LoadUsers}' accounts, each with one proposal of its own waiting for screening. Started and
 * stopped by the spring-boot plugin around the simulation, or when Maven ends; never part of the tests.
 */
public final class LoadApplication {

    private LoadApplication() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class, LoadUsers.class)
                .profiles("demo")
                .run(args);
        // a failed simulation ends Maven before spring-boot:stop: the application must not outlive it
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit()
                .thenRun(() -> System.exit(SpringApplication.exit(application))));
    }
}
