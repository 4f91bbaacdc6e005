package org.citycoop.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Set;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application JVM under load, seen over the JMX port the spring-boot plugin opened for it:
 * its heap after a full collection, Tomcat's live sessions, and {@link ScreeningCount}.
 */
final class LoadedApplication implements AutoCloseable {

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    LoadedApplication(int jmxPort) throws IOException {
        connector = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
        server = connector.getMBeanServerConnection();
    }

    /**
     * Used heap after {@code System.gc()}: with G1 (and no ExplicitGCInvokesConcurrent) a full,
     * stop-the-world collection; twice, so that what the first one queued for finalization is gone too.
     */
    long heapAfterFullGc() throws IOException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The HTTP sessions Tomcat holds now (server.tomcat.mbeanregistry.enabled). */
    int sessions() throws Exception {
        Set<ObjectName> managers = server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null);
        int sessions = 0;
        for (ObjectName manager : managers) {
            sessions += (Integer) server.getAttribute(manager, "activeSessions");
        }
        return sessions;
    }

    /**
     * The classes holding the most heap, live objects only (a full collection first), as
     * {@code jcmd <pid> GC.class_histogram} prints them: where the heap per session goes.
     */
    String liveClassHistogram(int lines) throws Exception {
        String histogram = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return histogram.lines().limit(lines + 3L).collect(java.util.stream.Collectors.joining("\n"));
    }

    ScreeningCountMBean screenings() throws Exception {
        return JMX.newMBeanProxy(server, new ObjectName(ScreeningCount.NAME), ScreeningCountMBean.class);
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
