// Generated from specs/cloudgame/alibaba.cgame.content.distribution.app.deletion.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.content.distribution.app.deletion.update` (游戏删除回调). */
export interface AlibabaCgameContentDistributionAppDeletionUpdateRequest {
  /** 请求参数 */
  req_param: AlibabaCgameContentDistributionAppDeletionUpdateAppDeletionCallbackRequestInput;
}

/** Response of `alibaba.cgame.content.distribution.app.deletion.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameContentDistributionAppDeletionUpdateResponse {
  /** 游戏是否成功 */
  succeeded?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppDeletionCallbackRequest` of `alibaba.cgame.content.distribution.app.deletion.update`. */
export interface AlibabaCgameContentDistributionAppDeletionUpdateAppDeletionCallbackRequestInput {
  /** 游戏删除结果 */
  result: AlibabaCgameContentDistributionAppDeletionUpdateDeleteAppCommandResultInput;
}

/** `DeleteAppCommandResult` of `alibaba.cgame.content.distribution.app.deletion.update`. */
export interface AlibabaCgameContentDistributionAppDeletionUpdateDeleteAppCommandResultInput {
  /** 游戏删除是否成功 */
  succeeded: boolean;
  /** 游戏删除任务ID */
  task_id: string;
}

const REQUEST_SCHEMA = {
  req_param: {
    result: {
      succeeded: 'Boolean',
      task_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succeeded: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.content.distribution.app.deletion.update`: method, response root, request and response schemas. */
export const alibabaCgameContentDistributionAppDeletionUpdateOperation = {
  method: 'alibaba.cgame.content.distribution.app.deletion.update',
  responseRoot: 'alibaba_cgame_content_distribution_app_deletion_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 游戏删除回调 — calls TOP method `alibaba.cgame.content.distribution.app.deletion.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameContentDistributionAppDeletionUpdate(
  client: TopClient,
  request: AlibabaCgameContentDistributionAppDeletionUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaCgameContentDistributionAppDeletionUpdateResponse> {
  return client.call<AlibabaCgameContentDistributionAppDeletionUpdateResponse>(
    {
      method: 'alibaba.cgame.content.distribution.app.deletion.update',
      responseRoot: 'alibaba_cgame_content_distribution_app_deletion_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
