// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.cooperate.brand.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.cooperate.brand.update` (租房合作品牌更新接口). */
export interface AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateRequest {
  /** 实体类 */
  sync_update_cooperate_brand: AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateSyncUpdateCooperateBrandInput;
}

/** Response of `alibaba.alihouse.existinghome.house.cooperate.brand.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateResponse {
  /** 返回值对象 */
  result?: AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncUpdateCooperateBrand` of `alibaba.alihouse.existinghome.house.cooperate.brand.update`. */
export interface AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateSyncUpdateCooperateBrandInput {
  /** 外部小区id */
  community_outer_id: string;
  /** 外部房源id */
  outer_id: string;
  /** 外部品牌id */
  outer_brand_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.house.cooperate.brand.update`. */
export interface AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateResult {
  /** 返回编码 */
  code?: string;
  /** 返回信息 */
  message?: string;
  /** 返回成功失败 */
  is_success?: boolean;
  /** 返回具体值 */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  sync_update_cooperate_brand: {
    community_outer_id: 'String',
    outer_id: 'String',
    outer_brand_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.house.cooperate.brand.update`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseCooperateBrandUpdateOperation = {
  method: 'alibaba.alihouse.existinghome.house.cooperate.brand.update',
  responseRoot: 'alibaba_alihouse_existinghome_house_cooperate_brand_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 租房合作品牌更新接口 — calls TOP method `alibaba.alihouse.existinghome.house.cooperate.brand.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseCooperateBrandUpdate(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseCooperateBrandUpdateResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.cooperate.brand.update',
      responseRoot: 'alibaba_alihouse_existinghome_house_cooperate_brand_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
