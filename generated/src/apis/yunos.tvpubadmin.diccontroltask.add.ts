// Generated from specs/tvupadmin/yunos.tvpubadmin.diccontroltask.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.diccontroltask.add` (新增停开服任务). */
export interface YunosTvpubadminDiccontroltaskAddRequest {
  /** 任务信息 */
  task?: YunosTvpubadminDiccontroltaskAddDicControlTaskDOInput;
}

/** Response of `yunos.tvpubadmin.diccontroltask.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDiccontroltaskAddResponse {
  /** object */
  object?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DicControlTaskDO` of `yunos.tvpubadmin.diccontroltask.add`. */
export interface YunosTvpubadminDiccontroltaskAddDicControlTaskDOInput {
  /** 任务类型 */
  type: Int64Input;
  /** 操作者 */
  operator: string;
  /** 任务描述 */
  description: string;
  /** 任务名称 */
  name: string;
  /** uuid */
  uuid?: string;
  /** apk id */
  apk_id?: Int64Input;
  /** 设备型号 */
  devices?: string;
  /** 牌照方 */
  license: Int64Input;
}

const REQUEST_SCHEMA = {
  task: {
    type: 'Number',
    operator: 'String',
    description: 'String',
    name: 'String',
    uuid: 'String',
    apk_id: 'Number',
    devices: 'String',
    license: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.diccontroltask.add`: method, response root, request and response schemas. */
export const yunosTvpubadminDiccontroltaskAddOperation = {
  method: 'yunos.tvpubadmin.diccontroltask.add',
  responseRoot: 'yunos_tvpubadmin_diccontroltask_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增停开服任务 — calls TOP method `yunos.tvpubadmin.diccontroltask.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDiccontroltaskAdd(
  client: TopClient,
  request: YunosTvpubadminDiccontroltaskAddRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDiccontroltaskAddResponse> {
  return client.call<YunosTvpubadminDiccontroltaskAddResponse>(
    {
      method: 'yunos.tvpubadmin.diccontroltask.add',
      responseRoot: 'yunos_tvpubadmin_diccontroltask_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
