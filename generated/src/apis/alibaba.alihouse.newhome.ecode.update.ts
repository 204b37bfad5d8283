// Generated from specs/alihouse/alibaba.alihouse.newhome.ecode.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.ecode.update` (新房货变更E码). */
export interface AlibabaAlihouseNewhomeEcodeUpdateRequest {
  /** 房源请求体 */
  house?: AlibabaAlihouseNewhomeEcodeUpdateUpdateNewHomeECodeInfoDTOInput;
}

/** Response of `alibaba.alihouse.newhome.ecode.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeEcodeUpdateResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeEcodeUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateNewHomeECodeInfoDTO` of `alibaba.alihouse.newhome.ecode.update`. */
export interface AlibabaAlihouseNewhomeEcodeUpdateUpdateNewHomeECodeInfoDTOInput {
  /** 外部小区id */
  community_outer_id: string;
  /** 房源E码 */
  ecode: string;
  /** 外部房源id */
  outer_id: string;
  /** 业务类型，1-新房，2-二手房，3-租房，默认为2 */
  business_type?: Int64Input;
  /** 0-正常房源 1-临时房源（交易专用） */
  house_type?: Int64Input;
  /** 是否为货 0-非货,信息流 1-货 商品 */
  is_cargo?: Int64Input;
  /** 外部项目店ID */
  outer_store_id: string;
}

/** `Result` of `alibaba.alihouse.newhome.ecode.update`. */
export interface AlibabaAlihouseNewhomeEcodeUpdateResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  house: {
    community_outer_id: 'String',
    ecode: 'String',
    outer_id: 'String',
    business_type: 'Number',
    house_type: 'Number',
    is_cargo: 'Number',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.ecode.update`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeEcodeUpdateOperation = {
  method: 'alibaba.alihouse.newhome.ecode.update',
  responseRoot: 'alibaba_alihouse_newhome_ecode_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新房货变更E码 — calls TOP method `alibaba.alihouse.newhome.ecode.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeEcodeUpdate(
  client: TopClient,
  request: AlibabaAlihouseNewhomeEcodeUpdateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeEcodeUpdateResponse> {
  return client.call<AlibabaAlihouseNewhomeEcodeUpdateResponse>(
    {
      method: 'alibaba.alihouse.newhome.ecode.update',
      responseRoot: 'alibaba_alihouse_newhome_ecode_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
