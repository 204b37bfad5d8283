// Generated from specs/alihouse/alibaba.alihouse.existinghome.house.features.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.house.features.sync` (房源标准打标数据同步). */
export interface AlibabaAlihouseExistinghomeHouseFeaturesSyncRequest {
  /** 房源上翻标 */
  house_features?: AlibabaAlihouseExistinghomeHouseFeaturesSyncSyncHouseFeaturesDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.house.features.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeHouseFeaturesSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeHouseFeaturesSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncHouseFeaturesDTO` of `alibaba.alihouse.existinghome.house.features.sync`. */
export interface AlibabaAlihouseExistinghomeHouseFeaturesSyncSyncHouseFeaturesDTOInput {
  /** 业务类型，1-新房，2-二手房，3-租房，默认为2 */
  business_type?: Int64Input;
  /** 操作类型 add-新增，delete-删除 */
  operation_type?: string;
  /** 商业活动标 */
  business_activities?: string[];
  /** 房源列表 */
  house_features_list?: AlibabaAlihouseExistinghomeHouseFeaturesSyncHouseFeaturesDTOInput[];
  /** 请求批次号 */
  batch_number?: string;
  /** house-房源类型，store-标准门店 */
  features_type?: string;
}

/** `HouseFeaturesDTO` of `alibaba.alihouse.existinghome.house.features.sync`. */
export interface AlibabaAlihouseExistinghomeHouseFeaturesSyncHouseFeaturesDTOInput {
  /** 外部房源id */
  outer_id?: string;
  /** 外部小区id */
  community_outer_id?: string;
  /** 租房业务模式 */
  house_model?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.house.features.sync`. */
export interface AlibabaAlihouseExistinghomeHouseFeaturesSyncResult {
  /** code */
  code?: string;
  /** 失败信息 */
  message?: string;
  /** 操作结果 */
  is_success?: boolean;
  /** 操作返回值 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  house_features: {
    business_type: 'Number',
    operation_type: 'String',
    business_activities: ['String'],
    house_features_list: [
      {
        outer_id: 'String',
        community_outer_id: 'String',
        house_model: 'Number',
      },
    ],
    batch_number: 'String',
    features_type: 'String',
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

/** Static description of `alibaba.alihouse.existinghome.house.features.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeHouseFeaturesSyncOperation = {
  method: 'alibaba.alihouse.existinghome.house.features.sync',
  responseRoot: 'alibaba_alihouse_existinghome_house_features_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房源标准打标数据同步 — calls TOP method `alibaba.alihouse.existinghome.house.features.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeHouseFeaturesSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeHouseFeaturesSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeHouseFeaturesSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeHouseFeaturesSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.house.features.sync',
      responseRoot: 'alibaba_alihouse_existinghome_house_features_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
