package org.citycoop;

import com.vaadin.flow.router.Route;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The application's screens, found the way Vaadin finds them: by their {@link Route}. */
public final class Screens {

    private Screens() {
    }

    public static Set<Class<?>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.citycoop").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), Screens.class.getClassLoader()))
                .collect(Collectors.toSet());
    }

    public static Set<String> routes() {
        return routeClasses().stream().map(view -> view.getAnnotation(Route.class).value()).collect(Collectors.toSet());
    }
}
