// Generated from specs/alihouse/alibaba.alihouse.existinghome.query.house.tag.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.query.house.tag.info` (活动标查询接口). */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoRequest {
  /** 入参实体类 */
  sync_house_tag_feature_dto: AlibabaAlihouseExistinghomeQueryHouseTagInfoSyncHouseTagFeatureDTOInput;
}

/** Response of `alibaba.alihouse.existinghome.query.house.tag.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoResponse {
  /** 返回值 */
  result?: AlibabaAlihouseExistinghomeQueryHouseTagInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncHouseTagFeatureDTO` of `alibaba.alihouse.existinghome.query.house.tag.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoSyncHouseTagFeatureDTOInput {
  /** 123 */
  community_outer_id: string;
  /** 123 */
  outer_id: string;
  /** 1 */
  business_type: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.query.house.tag.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoResult {
  /** 1 */
  code?: string;
  /** 1 */
  message?: string;
  /** 1 */
  is_success?: boolean;
  /** 返回值 */
  data?: AlibabaAlihouseExistinghomeQueryHouseTagInfoSyncHouseTagFeatureDTO;
}

/** `SyncHouseTagFeatureDTO` of `alibaba.alihouse.existinghome.query.house.tag.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoSyncHouseTagFeatureDTO {
  /** 1 */
  community_outer_id?: string;
  /** 1 */
  outer_id?: string;
  /** 1 */
  online_status?: Int64;
  /** 1 */
  outer_store_id?: string;
  /** 实体类 */
  feature_dto_list?: AlibabaAlihouseExistinghomeQueryHouseTagInfoFeatureDTO[];
}

/** `FeatureDTO` of `alibaba.alihouse.existinghome.query.house.tag.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseTagInfoFeatureDTO {
  /** 1 */
  key?: string;
  /** 1 */
  value?: string;
  /** 1 */
  source?: string;
}

const REQUEST_SCHEMA = {
  sync_house_tag_feature_dto: {
    community_outer_id: 'String',
    outer_id: 'String',
    business_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    is_success: 'Boolean',
    data: {
      community_outer_id: 'String',
      outer_id: 'String',
      online_status: 'Number',
      outer_store_id: 'String',
      feature_dto_list: [
        {
          key: 'String',
          value: 'String',
          source: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.query.house.tag.info`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeQueryHouseTagInfoOperation = {
  method: 'alibaba.alihouse.existinghome.query.house.tag.info',
  responseRoot: 'alibaba_alihouse_existinghome_query_house_tag_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动标查询接口 — calls TOP method `alibaba.alihouse.existinghome.query.house.tag.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeQueryHouseTagInfo(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeQueryHouseTagInfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeQueryHouseTagInfoResponse> {
  return client.call<AlibabaAlihouseExistinghomeQueryHouseTagInfoResponse>(
    {
      method: 'alibaba.alihouse.existinghome.query.house.tag.info',
      responseRoot: 'alibaba_alihouse_existinghome_query_house_tag_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
