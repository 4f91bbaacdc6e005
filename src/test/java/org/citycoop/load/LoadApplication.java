package org.citycoop.load;

import org.citycoop.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The application under the Gatling load of issue 8 item 5 ({@code mvn -B -Pload verify},
 * src/docs/benchmarks.md): CityCoop with its demo data on a throwaway embedded PostgreSQL, plus
 * {@link LoadUsers}' accounts, each with one proposal of its own waiting for screening. Started and
 * stopped by the spring-boot plugin around the simulation; never part of the tests.
 */
public final class LoadApplication {

    private LoadApplication() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(Application.class, LoadUsers.class)
                .profiles("demo")
                .run(args);
    }
}
