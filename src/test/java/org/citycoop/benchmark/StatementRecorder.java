package org.citycoop.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's data source to see the SQL that the engine and the services send:
 * how many statements a unit of work costs, and each statement with its bound parameters so
 * that its plan can be taken with {@code EXPLAIN (ANALYZE, BUFFERS)}. Records only while a
 * thread has asked for it; the measured loops run without it.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** A statement as sent: its SQL and, per parameter index, the setter the driver was called with. */
    record SentStatement(String sql, TreeMap<Integer, Binding> parameters) { }

    /** One {@code setXxx(index, value…)} call, replayed on the statement that explains. */
    record Binding(Method setter, Object[] arguments) { }

    private final ThreadLocal<List<SentStatement>> recording = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection ? recorded(connection) : result;
            });
        }
        return bean;
    }

    /** Runs {@code work} and returns the statements it sent on this thread. */
    List<SentStatement> record(Runnable work) {
        List<SentStatement> sent = new ArrayList<>();
        recording.set(sent);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        return sent;
    }

    private Connection recorded(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
                return recorded(prepared, sql);
            }
            if (result instanceof Statement plain && !(result instanceof PreparedStatement)) {
                return recordedPlain(plain);
            }
            return result;
        });
    }

    private PreparedStatement recorded(PreparedStatement statement, String sql) {
        TreeMap<Integer, Binding> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, new Binding(method, args.clone()));
            } else if (name.startsWith("execute")) {
                sent(new SentStatement(sql, new TreeMap<>(parameters)));
            } else if ("clearParameters".equals(name)) {
                parameters.clear();
            }
            return method.invoke(target, args);
        });
    }

    private Statement recordedPlain(Statement statement) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                sent(new SentStatement(sql, new TreeMap<>()));
            }
            return method.invoke(target, args);
        });
    }

    private void sent(SentStatement statement) {
        List<SentStatement> sent = recording.get();
        if (sent != null) {
            sent.add(statement);
        }
    }

    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
