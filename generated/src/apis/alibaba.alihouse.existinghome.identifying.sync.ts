// Generated from specs/alihouse/alibaba.alihouse.existinghome.identifying.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.identifying.sync` (登陆标识信息同步). */
export interface AlibabaAlihouseExistinghomeIdentifyingSyncRequest {
  /** 身份信息 */
  identity_info: AlibabaAlihouseExistinghomeIdentifyingSyncIdentityInfoDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.identifying.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeIdentifyingSyncResponse {
  /** 接口返回信息 */
  result?: AlibabaAlihouseExistinghomeIdentifyingSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdentityInfoDTO` of `alibaba.alihouse.existinghome.identifying.sync`. */
export interface AlibabaAlihouseExistinghomeIdentifyingSyncIdentityInfoDTOInput {
  /** 经纪人ID */
  outer_id: string;
  /** 身份信息 */
  identity: string;
  /** 版本号 */
  etc_version: Int64Input;
  /** 类型 */
  type: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.identifying.sync`. */
export interface AlibabaAlihouseExistinghomeIdentifyingSyncResult {
  /** 处理结果 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: boolean;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  identity_info: {
    outer_id: 'String',
    identity: 'String',
    etc_version: 'Number',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.identifying.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeIdentifyingSyncOperation = {
  method: 'alibaba.alihouse.existinghome.identifying.sync',
  responseRoot: 'alibaba_alihouse_existinghome_identifying_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 登陆标识信息同步 — calls TOP method `alibaba.alihouse.existinghome.identifying.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeIdentifyingSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeIdentifyingSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeIdentifyingSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeIdentifyingSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.identifying.sync',
      responseRoot: 'alibaba_alihouse_existinghome_identifying_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
