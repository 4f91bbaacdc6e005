package org.citycoop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.citycoop.workflow.ProcessCoverage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, against a throwaway embedded PostgreSQL with the
 * demo organisations and users. Every test class uses this one configuration, so Spring
 * starts one context and one PostgreSQL for the whole run, and counts the process coverage of
 * the whole run ({@link ProcessCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessCoverage.class)
public @interface CityCoopTest {
}
