// Generated from specs/alihouse/alibaba.alihouse.existinghome.query.house.base.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.query.house.base.info` (查询房源基本信息). */
export interface AlibabaAlihouseExistinghomeQueryHouseBaseInfoRequest {
  /** 1 */
  community_outer_id: string;
  /** 1 */
  outer_id: string;
}

/** Response of `alibaba.alihouse.existinghome.query.house.base.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeQueryHouseBaseInfoResponse {
  /** 返回实体类 */
  result?: AlibabaAlihouseExistinghomeQueryHouseBaseInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.existinghome.query.house.base.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseBaseInfoResult {
  /** 200 */
  code?: string;
  /** 成功 */
  message?: string;
  /** true */
  is_success?: boolean;
  /** 返回实体类 */
  data?: AlibabaAlihouseExistinghomeQueryHouseBaseInfoSyncHouseBaseInfoDTO;
}

/** `SyncHouseBaseInfoDTO` of `alibaba.alihouse.existinghome.query.house.base.info`. */
export interface AlibabaAlihouseExistinghomeQueryHouseBaseInfoSyncHouseBaseInfoDTO {
  /** 1 */
  community_outer_id?: string;
  /** 1 */
  outer_id?: string;
  /** 1 */
  online_status?: Int64;
  /** 1 */
  outer_store_id?: string;
  /** 1 */
  business_type?: Int64;
  /** 1 */
  scene?: Int64;
  /** 1 */
  e_code?: string;
  /** 1 */
  is_test?: Int64;
  /** 1 */
  outer_company_id?: string;
  /** 1 */
  outer_agent_id?: string;
  /** 1 */
  item_id?: Int64;
  /** 1 */
  merchant_open_id?: Int64;
  /** 1 */
  city?: string;
  /** 1 */
  house_category?: Int64;
  /** 1 */
  outer_house_base_id?: string;
  /** 1 */
  outer_layouts_id?: string;
  /** 1 */
  house_model?: Int64;
  /** 1 */
  rent_price?: Int64;
  /** 1 */
  show_price?: string;
  /** 1 */
  inside_area?: string;
  /** 1 */
  building_area?: string;
  /** 1 */
  room?: Int64;
  /** 1 */
  hall?: Int64;
  /** 1 */
  toilet?: Int64;
  /** 1 */
  kitchen?: Int64;
  /** 1 */
  balcony?: Int64;
  /** IC商品id */
  new_item_id?: Int64;
  /** 委托状态 */
  entrust_status?: Int64;
  /** 模版id */
  agreement_id?: Int64;
  /** 寄租-房源房东类型 交易类型不为空，房源房东类型 1、企业B房东 2、自然人主体 */
  landlord_type?: Int64;
  /** 房东自然人主体id */
  natural_merchant_open_id?: Int64;
  /** 收款模式1-直收 2-代收 */
  collection_type?: Int64;
  /** 代收主体id 当收款模式为代收是必填 */
  instead_merchant_open_id?: Int64;
  /** 1-静默 2-授权代理人 */
  sign_type?: Int64;
  /** 寄租模式下-企业B房东主体ID */
  enterprise_merchant_open_id?: Int64;
  /** 授权的主体ID 说明： 当签约类型是授权代理人时，授权代理人ID需要必填 */
  signing_merchant_open_id?: Int64;
  /** 房源封面图列表 */
  cover_picture?: string;
}

const REQUEST_SCHEMA = {
  community_outer_id: 'String',
  outer_id: 'String',
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
      business_type: 'Number',
      scene: 'Number',
      e_code: 'String',
      is_test: 'Number',
      outer_company_id: 'String',
      outer_agent_id: 'String',
      item_id: 'Number',
      merchant_open_id: 'Number',
      city: 'String',
      house_category: 'Number',
      outer_house_base_id: 'String',
      outer_layouts_id: 'String',
      house_model: 'Number',
      rent_price: 'Number',
      show_price: 'String',
      inside_area: 'String',
      building_area: 'String',
      room: 'Number',
      hall: 'Number',
      toilet: 'Number',
      kitchen: 'Number',
      balcony: 'Number',
      new_item_id: 'Number',
      entrust_status: 'Number',
      agreement_id: 'Number',
      landlord_type: 'Number',
      natural_merchant_open_id: 'Number',
      collection_type: 'Number',
      instead_merchant_open_id: 'Number',
      sign_type: 'Number',
      enterprise_merchant_open_id: 'Number',
      signing_merchant_open_id: 'Number',
      cover_picture: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.query.house.base.info`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeQueryHouseBaseInfoOperation = {
  method: 'alibaba.alihouse.existinghome.query.house.base.info',
  responseRoot: 'alibaba_alihouse_existinghome_query_house_base_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询房源基本信息 — calls TOP method `alibaba.alihouse.existinghome.query.house.base.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeQueryHouseBaseInfo(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeQueryHouseBaseInfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeQueryHouseBaseInfoResponse> {
  return client.call<AlibabaAlihouseExistinghomeQueryHouseBaseInfoResponse>(
    {
      method: 'alibaba.alihouse.existinghome.query.house.base.info',
      responseRoot: 'alibaba_alihouse_existinghome_query_house_base_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
