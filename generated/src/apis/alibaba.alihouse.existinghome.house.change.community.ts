// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.change.community.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.change.community` (房屋、房源变更所属小区). */
export interface AlibabaAlihouseExistinghomeHouseChangeCommunityRequest {
  /** 实体类 */
  sync_change_house_info_dto: AlibabaAlihouseExistinghomeHouseChangeCommunitySyncChangeHouseInfoDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.house.change.community`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseChangeCommunityResponse {
  /** result */
  result?: AlibabaAlihouseExistinghomeHouseChangeCommunityResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncChangeHouseInfoDTO` of `alibaba.alihouse.existinghome.house.change.community`. */
export interface AlibabaAlihouseExistinghomeHouseChangeCommunitySyncChangeHouseInfoDTOInput {
  /** 老小区外部id */
  old_community_outer_id: string;
  /** 小区外部id */
  community_outer_id: string;
  /** 外部id */
  outer_id: string;
  /** ecode编码 */
  e_code?: string;
  /** 业务类型，业务类型，1-新房，2-二手房，3-租房，4房屋 */
  business_type: Int64Input;
  /** 租房业务模式 10-集中式模式 11-分散式模式 */
  house_model?: Int64Input;
  /** 0-正常房源 1-临时房源（交易专用） */
  house_type?: Int64Input;
  /** 是否异步，0同步，1异步 */
  is_async: Int64Input;
  /** 1 */
  is_change_community?: Int64Input;
  /** 1 */
  entrust_outer_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.change.community`. */
export interface AlibabaAlihouseExistinghomeHouseChangeCommunityResult {
  /** code */
  code?: string;
  /** msg */
  msg?: string;
  /** true */
  is_success?: boolean;
  /** 123 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  sync_change_house_info_dto: {
    old_community_outer_id: 'String',
    community_outer_id: 'String',
    outer_id: 'String',
    e_code: 'String',
    business_type: 'Number',
    house_model: 'Number',
    house_type: 'Number',
    is_async: 'Number',
    is_change_community: 'Number',
    entrust_outer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.change.community`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseChangeCommunityOperation = {
  method: 'alibaba.alihouse.existinghome.house.change.community',
  responseRoot: 'alibaba_alihouse_existinghome_house_change_community_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房屋、房源变更所属小区 — calls TOP method `alibaba.alihouse.existinghome.house.change.community`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseChangeCommunity(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseChangeCommunityRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseChangeCommunityResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseChangeCommunityResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.change.community',
      responseRoot: 'alibaba_alihouse_existinghome_house_change_community_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
