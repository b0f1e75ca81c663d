package org.nkgraph.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Lets a query's {@code SERVICE} clauses reach only the listed endpoints, so a public SPARQL endpoint cannot be used
 * to make requests to arbitrary URLs (an internal network, say). It is the first link of a copy of the service
 * executor chain, put into one context with {@link #install(Context)}: a call to an endpoint not on the list fails
 * with a {@link QueryExecException} (a {@code SERVICE SILENT} one gives no rows), and an allowed call goes on to
 * Jena's HTTP executor. An empty list refuses every call.
 *
 * <pre>
 * ServiceAllowList.of(List.of(WD.QUERY_SERVICE)).install(endpointContext);
 * </pre>
 */
public final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> allowed;

    private ServiceAllowList(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** An allow-list of endpoint URLs, compared exactly. */
    public static ServiceAllowList of(List<String> endpoints) {
        return new ServiceAllowList(Set.copyOf(endpoints));
    }

    /** The endpoints a SERVICE clause may call. */
    public Set<String> endpoints() {
        return allowed;
    }

    /**
     * Enables SERVICE in {@code context} ({@code ARQ.httpServiceAllowed}) behind this list, on a copy of the global
     * executor chain, so other contexts keep their own settings.
     */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !allowed.contains(service.getURI())) {
            if (opExecute.getSilent()) {
                return QueryIterRoot.create(execCxt);
            }
            throw new QueryExecException("SERVICE " + service + " is not allowed: this server calls only "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}
