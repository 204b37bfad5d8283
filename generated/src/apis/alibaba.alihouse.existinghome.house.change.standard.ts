// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.change.standard.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.change.standard` (委托房源变更标准房源). */
export interface AlibabaAlihouseExistinghomeHouseChangeStandardRequest {
  /** 房源信息 */
  house?: AlibabaAlihouseExistinghomeHouseChangeStandardEntrustChangeStandardDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.house.change.standard`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseChangeStandardResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeHouseChangeStandardResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntrustChangeStandardDTO` of `alibaba.alihouse.existinghome.house.change.standard`. */
export interface AlibabaAlihouseExistinghomeHouseChangeStandardEntrustChangeStandardDTOInput {
  /** 外部小区id */
  community_outer_id: string;
  /** 房源E码 */
  ecode: string;
  /** 外部房源id */
  outer_id: string;
  /** 业务类型，1-新房，2-二手房，3-租房，默认为2 */
  business_type: Int64Input;
  /** 0-正常房源 1-临时房源（交易专用） */
  house_type?: Int64Input;
  /** 租房业务模式 */
  house_model?: Int64Input;
  /** 委托房源外部房源id */
  entrust_outer_id: string;
  /** 存在跨小区委托变标准的场景，那么该字段是标准房源的小区id */
  public_community_outer_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.change.standard`. */
export interface AlibabaAlihouseExistinghomeHouseChangeStandardResult {
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
    house_model: 'Number',
    entrust_outer_id: 'String',
    public_community_outer_id: 'String',
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

/** Static description of `alibaba.alihouse.existinghome.house.change.standard`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseChangeStandardOperation = {
  method: 'alibaba.alihouse.existinghome.house.change.standard',
  responseRoot: 'alibaba_alihouse_existinghome_house_change_standard_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 委托房源变更标准房源 — calls TOP method `alibaba.alihouse.existinghome.house.change.standard`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseChangeStandard(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseChangeStandardRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseChangeStandardResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseChangeStandardResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.change.standard',
      responseRoot: 'alibaba_alihouse_existinghome_house_change_standard_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
