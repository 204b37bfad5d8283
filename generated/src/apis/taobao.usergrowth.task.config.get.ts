// Generated from specs/usergrowth/taobao.usergrowth.task.config.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.usergrowth.task.config.get` (用户增长营销玩法配置查询). */
export interface TaobaoUsergrowthTaskConfigGetRequest {
  /** 业务Id,不同场景不同业务id,淘宝同学提供, */
  business_id: string;
  /** 执行命令,不同场景不同业务id,淘宝同学提供 */
  command: string;
  /** 扩展参数,可空,Map结构 */
  extra?: string | Record<string, unknown>;
  /** 用户加密后的openid */
  open_id: string;
}

/** Response of `taobao.usergrowth.task.config.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsergrowthTaskConfigGetResponse {
  /** 返回结果 */
  result?: TaobaoUsergrowthTaskConfigGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `taobao.usergrowth.task.config.get`. */
export interface TaobaoUsergrowthTaskConfigGetTopResult {
  /** 任务配置 */
  data?: TaobaoUsergrowthTaskConfigGetTaskConfig;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否执行成功 */
  success?: boolean;
}

/** `TaskConfig` of `taobao.usergrowth.task.config.get`. */
export interface TaobaoUsergrowthTaskConfigGetTaskConfig {
  /** 任务等级，可空 */
  level?: string;
  /** 通过安全校验，可空 */
  pass_safe_check?: boolean;
}

const REQUEST_SCHEMA = {
  business_id: 'String',
  command: 'String',
  extra: 'Json',
  open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      level: 'String',
      pass_safe_check: 'Boolean',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.usergrowth.task.config.get`: method, response root, request and response schemas. */
export const taobaoUsergrowthTaskConfigGetOperation = {
  method: 'taobao.usergrowth.task.config.get',
  responseRoot: 'usergrowth_task_config_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户增长营销玩法配置查询 — calls TOP method `taobao.usergrowth.task.config.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsergrowthTaskConfigGet(
  client: TopClient,
  request: TaobaoUsergrowthTaskConfigGetRequest,
  options?: CallOptions,
): Promise<TaobaoUsergrowthTaskConfigGetResponse> {
  return client.call<TaobaoUsergrowthTaskConfigGetResponse>(
    {
      method: 'taobao.usergrowth.task.config.get',
      responseRoot: 'usergrowth_task_config_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
