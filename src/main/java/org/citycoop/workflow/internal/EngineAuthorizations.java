package org.citycoop.workflow.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * With engine authorization on (security.md, "Configuration hardening"), the engine checks every
 * call made as a user ({@code WorkflowService} starts processes and completes tasks as the actor).
 * Task work the engine grants by itself: to a task's candidate group ({@code <org>:<role>}) and to
 * its assignee, as it links them. Starting a process is granted here to every user, because
 * CityCoop's services decide who may start what (role and organisation) before they ask the engine.
 * Admins are in {@code camunda-admin}, which gets every permission on every resource, as
 * Camunda's own first-admin setup grants it (Cockpit asks for them, e.g. access to the application).
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        grant(authorizations, Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, Resources.PROCESS_DEFINITION,
                Permissions.CREATE_INSTANCE);
        grant(authorizations, Authorization.AUTH_TYPE_GLOBAL, Authorization.ANY, Resources.PROCESS_INSTANCE, Permissions.CREATE);
        for (Resources resource : Resources.values()) {
            grant(authorizations, Authorization.AUTH_TYPE_GRANT, Groups.CAMUNDA_ADMIN, resource, Permissions.ALL);
        }
    }

    /** A global grant is to every user ({@code ANY}); a grant, to the group. */
    private static void grant(AuthorizationService authorizations, int type, String who, Resource resource, Permission permission) {
        if (granted(authorizations, type, who, resource, permission)) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(type);
        if (type == Authorization.AUTH_TYPE_GLOBAL) {
            grant.setUserId(who);
        } else {
            grant.setGroupId(who);
        }
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(permission);
        try {
            authorizations.saveAuthorization(grant);
        } catch (ProcessEngineException anotherNodeWasFirst) {
            // two nodes of a cluster starting at once: the unique constraint lets one grant through
            if (!granted(authorizations, type, who, resource, permission)) {
                throw anotherNodeWasFirst;
            }
        }
    }

    private static boolean granted(AuthorizationService authorizations, int type, String who, Resource resource,
                                   Permission permission) {
        AuthorizationQuery query = authorizations.createAuthorizationQuery().authorizationType(type)
                .resourceType(resource).resourceId(Authorization.ANY).hasPermission(permission);
        return (type == Authorization.AUTH_TYPE_GLOBAL ? query.userIdIn(who) : query.groupIdIn(who)).count() > 0;
    }
}
