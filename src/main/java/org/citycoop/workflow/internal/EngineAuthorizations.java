package org.citycoop.workflow.internal;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
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
 * Admins are in {@code camunda-admin}, which the engine lets do everything.
 */
@Component
class EngineAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        grantToEveryone(authorizations, Resources.PROCESS_DEFINITION, Permissions.CREATE_INSTANCE);
        grantToEveryone(authorizations, Resources.PROCESS_INSTANCE, Permissions.CREATE);
    }

    private static void grantToEveryone(AuthorizationService authorizations, Resource resource, Permission permission) {
        if (granted(authorizations, resource, permission)) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setUserId(Authorization.ANY);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(permission);
        try {
            authorizations.saveAuthorization(grant);
        } catch (ProcessEngineException anotherNodeWasFirst) {
            // two nodes of a cluster starting at once: the unique constraint lets one grant through
            if (!granted(authorizations, resource, permission)) {
                throw anotherNodeWasFirst;
            }
        }
    }

    private static boolean granted(AuthorizationService authorizations, Resource resource, Permission permission) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .userIdIn(Authorization.ANY).resourceType(resource).resourceId(Authorization.ANY).hasPermission(permission)
                .count() > 0;
    }
}
