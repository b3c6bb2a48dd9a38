package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMember;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessProducerField;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.duoorm.ConfigurationException;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.ReactiveDatabase;
import org.duoorm.model.Model;

/**
 * The DuoORM portable extension. During discovery it collects the producers of {@link DatabaseConfig}
 * (one per {@code @DuoDatabase} name, unqualified for the default database), MicroProfile Config
 * databases when that API is present, the model classes of each database and the
 * {@code @DuoTransaction} methods. It then registers one {@code @ApplicationScoped} {@link Database}
 * bean (and an application-scoped {@link ReactiveDatabase} bean) per name, reports configuration mistakes as deployment
 * errors, connects the databases that ask for it at startup, and closes every database at shutdown.
 *
 * <p>The {@link #models(String)} list is the hook for model metadata: the classes assigned to each
 * database, in discovery order.
 */
public class DuoOrmExtension implements Extension {
    private static final System.Logger LOG = System.getLogger(DuoOrmExtension.class.getName());

    private final Map<String, DatabaseDefinition> definitions = new ConcurrentHashMap<>();
    private final List<TransactionalMethod> transactionalMethods = new CopyOnWriteArrayList<>();
    private final Map<PlanKey, TransactionPlan> plans = new ConcurrentHashMap<>();
    private final Map<String, Database> references = new ConcurrentHashMap<>();
    private final Map<String, Database> created = new ConcurrentHashMap<>();
    private volatile BeanManager beanManager;

    /** A {@code @DuoTransaction} method found at discovery, validated after it. */
    private record TransactionalMethod(Class<?> beanClass, Method method, DuoTransaction binding) {
        String describe() {
            return beanClass.getName() + "." + method.getName() + "()";
        }
    }

    /** The cache key of a plan: the bean class (as the container instantiates it) and the method. */
    private record PlanKey(Class<?> beanClass, Method method) {
    }

    void addInterceptor(@Observes BeforeBeanDiscovery event, BeanManager bm) {
        event.addAnnotatedType(bm.createAnnotatedType(DuoTransactionInterceptor.class),
                DuoTransactionInterceptor.class.getName());
    }

    <T> void discoverAnnotatedModel(@Observes @WithAnnotations(DuoDatabase.class) ProcessAnnotatedType<T> event, BeanManager bm) {
        discoverModel(event, bm);
    }

    <T extends Model<?>> void discoverModelSubclass(@Observes ProcessAnnotatedType<T> event, BeanManager bm) {
        discoverModel(event, bm);
    }

    private <T> void discoverModel(ProcessAnnotatedType<T> event, BeanManager bm) {
        AnnotatedType<T> type = event.getAnnotatedType();
        ModelClasses.databaseOf(type, bm).ifPresent(name -> {
            definition(name).addModel(type.getJavaClass());
            event.veto();
        });
    }

    void discoverConfig(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (bean.getTypes().contains(DatabaseConfig.class)) {
            configName(bean.getQualifiers()).ifPresent(
                    name -> definition(name).addSource(new ProducerConfigSource(bean, describeProducer(event), isAlternative(event))));
        }
    }

    void discoverTransactional(@Observes ProcessManagedBean<?> event) {
        if (event.getBean() instanceof Interceptor) {
            return;
        }
        AnnotatedType<?> type = event.getAnnotatedBeanClass();
        for (AnnotatedMethod<?> m : type.getMethods()) {
            Method method = m.getJavaMember();
            int mod = method.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isPrivate(mod) || method.isBridge()
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            DuoTransaction own = m.getAnnotation(DuoTransaction.class);
            Optional<DuoTransaction> binding = TransactionBindings.find(type.getJavaClass(), method);
            if (own != null && binding.isEmpty()) {
                binding = Optional.of(own);
            }
            binding.ifPresent(b -> transactionalMethods.add(new TransactionalMethod(type.getJavaClass(), method, b)));
        }
    }

    void registerDatabases(@Observes AfterBeanDiscovery event, BeanManager bm) {
        this.beanManager = bm;
        readMicroProfileConfig(event);
        validate(event);
        for (DatabaseDefinition d : definitions.values()) {
            if (d.sources().size() == 1) {
                addBeans(event, d);
            }
        }
    }

    void startDatabases(@Observes AfterDeploymentValidation event, BeanManager bm) {
        for (DatabaseDefinition d : configured()) {
            try {
                DatabaseConfig config = d.config(bm);
                registerModels(event, d);
                if (config.connectOnStartup()) {
                    database(d.name()).connect();
                    LOG.log(System.Logger.Level.DEBUG, "DUOORM-CDI-101: database ''{0}'' connected at startup", d.name());
                }
            } catch (RuntimeException e) {
                event.addDeploymentProblem(new DeploymentException("DUOORM-CDI-005: Database '" + d.name()
                        + "' (configured by " + d.sources().get(0).describe() + ") could not be set up at startup: "
                        + e.getMessage(), e));
            }
        }
    }

    /**
     * Registers a database's models with it now (creating the {@code Database}, not connecting it), so that
     * class-level model operations work from the start and a class that cannot be mapped fails the deployment.
     */
    private void registerModels(AfterDeploymentValidation event, DatabaseDefinition d) {
        if (d.models().isEmpty()) {
            return;
        }
        database(d.name()).name();
        try {
            ModelRegistration.register(created.get(d.name()), d.models());
        } catch (RuntimeException e) {
            event.addDeploymentProblem(new DeploymentException("DUOORM-CDI-008: The model classes "
                    + names(d.models()) + " of database '" + d.name() + "' cannot be mapped: " + e.getMessage(), e));
        }
    }

    void closeDatabases(@Observes BeforeShutdown event) {
        created.forEach((name, db) -> close(name, db));
        definitions.values().forEach(DatabaseDefinition::release);
        references.clear();
    }

    /**
     * The model classes assigned to a database: the hook for model metadata.
     *
     * @param name a database name
     * @return the classes, in discovery order; empty for an unknown name
     */
    public List<Class<?>> models(String name) {
        DatabaseDefinition d = definitions.get(name);
        return d == null ? List.of() : d.models();
    }

    /** @return the names of the configured databases, sorted */
    public Set<String> databaseNames() {
        return configured().stream().map(DatabaseDefinition::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The contextual reference (client proxy) of a database bean.
     *
     * @param name the database name
     * @return the database
     * @throws ConfigurationException when no database of that name is configured
     */
    Database database(String name) {
        return references.computeIfAbsent(name, n -> {
            Bean<?> bean = beanManager.resolve(beanManager.getBeans(Database.class, DuoDatabase.Literal.of(n)));
            if (bean == null) {
                throw new ConfigurationException("DUOORM-CDI-007: No database named '" + n
                        + "' is configured. Configured: " + databaseNames() + ".");
            }
            return (Database) beanManager.getReference(bean, Database.class, beanManager.createCreationalContext(bean));
        });
    }

    /** The cached plan of an intercepted invocation; made on its first call. */
    TransactionPlan plan(InvocationContext invocation) {
        Class<?> beanClass = invocation.getTarget().getClass();
        return plans.computeIfAbsent(new PlanKey(beanClass, invocation.getMethod()), k -> TransactionPlan.of(k.method(),
                TransactionBindings.resolve(k.beanClass(), k.method(), invocation.getContextData().get(TransactionBindings.WELD_BINDINGS))
                        .orElseThrow(() -> new IllegalStateException("No @DuoTransaction found on " + k.method()))));
    }

    private DatabaseDefinition definition(String name) {
        return definitions.computeIfAbsent(name, DatabaseDefinition::new);
    }

    private List<DatabaseDefinition> configured() {
        return new TreeMap<>(definitions).values().stream().filter(DatabaseDefinition::isConfigured).collect(Collectors.toList());
    }

    private static Optional<String> configName(Set<Annotation> qualifiers) {
        for (Annotation q : qualifiers) {
            if (q instanceof DuoDatabase) {
                return Optional.of(((DuoDatabase) q).value());
            }
        }
        return qualifiers.stream().anyMatch(q -> q instanceof Default) ? Optional.of(DatabaseConfig.DEFAULT_NAME) : Optional.empty();
    }

    private static String describeProducer(ProcessBean<?> event) {
        if (event instanceof ProcessProducerMethod) {
            Method m = ((ProcessProducerMethod<?, ?>) event).getAnnotatedProducerMethod().getJavaMember();
            return "producer method " + m.getDeclaringClass().getName() + "." + m.getName() + "()";
        }
        if (event instanceof ProcessProducerField) {
            Field f = ((ProcessProducerField<?, ?>) event).getAnnotatedProducerField().getJavaMember();
            return "producer field " + f.getDeclaringClass().getName() + "." + f.getName();
        }
        return "bean " + event.getBean();
    }

    /** Whether a producer is an alternative by its own annotation or its declaring class's; Weld reports only the former. */
    private static boolean isAlternative(ProcessBean<?> event) {
        AnnotatedMember<?> member = null;
        if (event instanceof ProcessProducerMethod) {
            member = ((ProcessProducerMethod<?, ?>) event).getAnnotatedProducerMethod();
        } else if (event instanceof ProcessProducerField) {
            member = ((ProcessProducerField<?, ?>) event).getAnnotatedProducerField();
        }
        return member != null && (member.isAnnotationPresent(Alternative.class)
                || member.getDeclaringType().isAnnotationPresent(Alternative.class));
    }

    private void readMicroProfileConfig(AfterBeanDiscovery event) {
        if (!MicroProfileConfigReader.isAvailable()) {
            return;
        }
        try {
            MicroProfileConfigReader.read().forEach(
                    (name, properties) -> definition(name).addSource(new PropertiesConfigSource(name, properties)));
        } catch (RuntimeException e) {
            event.addDefinitionError(new DefinitionException(
                    "DUOORM-CDI-006: Could not read the DuoORM databases from MicroProfile Config: " + e.getMessage(), e));
        }
    }

    private void validate(AfterBeanDiscovery event) {
        for (DatabaseDefinition d : new TreeMap<>(definitions).values()) {
            Problems.duplicateConfiguration(d).ifPresent(event::addDefinitionError);
            Problems.modelsWithoutConfiguration(d).ifPresent(event::addDefinitionError);
        }
        for (TransactionalMethod m : transactionalMethods) {
            String name = TransactionPlan.databaseName(m.binding());
            DatabaseDefinition d = definitions.get(name);
            if (d == null || !d.isConfigured()) {
                event.addDefinitionError(Problems.unknownDatabase(m.describe(), m.binding(), name, databaseNames()));
            }
            if (ReturnTypeAdapters.find(m.method().getReturnType()).isEmpty()) {
                event.addDefinitionError(new DefinitionException(ReturnTypeAdapters.unsupported(m.method())));
            }
            try {
                TransactionPlan.options(m.binding());
                RetryPolicy.of(m.binding());
                if (m.binding().retries() > 0 && Multi.class.isAssignableFrom(m.method().getReturnType())) {
                    throw new org.duoorm.InvalidArgumentException("retries are not offered for a Multi: items already emitted "
                            + "cannot be taken back; retry in the subscriber instead");
                }
            } catch (RuntimeException e) {
                event.addDefinitionError(new DefinitionException("DUOORM-CDI-009: @DuoTransaction on " + m.describe()
                        + " has settings that cannot work: " + e.getMessage(), e));
            }
        }
    }

    private void addBeans(AfterBeanDiscovery event, DatabaseDefinition d) {
        String name = d.name();
        event.<Database>addBean()
                .beanClass(DuoOrmExtension.class)
                .id(DuoOrmExtension.class.getName() + ".Database." + name)
                .types(Database.class, Object.class)
                .qualifiers(qualifiers(name))
                .scope(ApplicationScoped.class)
                .createWith(cc -> create(d))
                .destroyWith((db, cc) -> close(name, db));
        event.<ReactiveDatabase>addBean()
                .beanClass(DuoOrmExtension.class)
                .id(DuoOrmExtension.class.getName() + ".ReactiveDatabase." + name)
                .types(ReactiveDatabase.class, Object.class)
                .qualifiers(qualifiers(name))
                .scope(ApplicationScoped.class)
                .createWith(cc -> database(name).reactive());
    }

    private static Annotation[] qualifiers(String name) {
        DuoDatabase named = DuoDatabase.Literal.of(name);
        return DatabaseConfig.DEFAULT_NAME.equals(name)
                ? new Annotation[] {named, Default.Literal.INSTANCE, Any.Literal.INSTANCE}
                : new Annotation[] {named, Any.Literal.INSTANCE};
    }

    private Database create(DatabaseDefinition d) {
        Database db = Database.create(d.config(beanManager));
        created.put(d.name(), db);
        LOG.log(System.Logger.Level.DEBUG, "DUOORM-CDI-102: database ''{0}'' created with {1} model classes",
                d.name(), d.models().size());
        return db;
    }

    private void close(String name, Database db) {
        created.remove(name, db);
        try {
            db.close();
            LOG.log(System.Logger.Level.DEBUG, "DUOORM-CDI-103: database ''{0}'' closed", name);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "DUOORM-CDI-104: closing database '" + name + "' failed", e);
        }
    }

    static List<String> names(List<Class<?>> classes) {
        List<String> names = new ArrayList<>();
        classes.forEach(c -> names.add(c.getName()));
        return names;
    }
}
