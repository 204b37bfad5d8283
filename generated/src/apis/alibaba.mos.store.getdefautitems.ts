// Generated from specs/mos/alibaba.mos.store.getdefautitems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.store.getdefautitems` (获取默认状态下商品列表). */
export interface AlibabaMosStoreGetdefautitemsRequest {
  /** 屏编号 */
  screen_no: string;
  /** 分页查询开始index */
  start: Int64Input;
  /** 分页查询每页记录数 */
  limit_count: Int64Input;
}

/** Response of `alibaba.mos.store.getdefautitems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosStoreGetdefautitemsResponse {
  /** result */
  result?: AlibabaMosStoreGetdefautitemsResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.store.getdefautitems`. */
export interface AlibabaMosStoreGetdefautitemsResultDo {
  /** data */
  data?: AlibabaMosStoreGetdefautitemsMjStoreItemsTopVo;
  /** errCode */
  err_code?: Int64;
  /** errMsg */
  err_msg?: string;
  /** success */
  success?: boolean;
  /** total */
  total?: Int64;
}

/** `MjStoreItemsTopVo` of `alibaba.mos.store.getdefautitems`. */
export interface AlibabaMosStoreGetdefautitemsMjStoreItemsTopVo {
  /** 商品列表 */
  item_list?: AlibabaMosStoreGetdefautitemsMjItemTopVo[];
  /** 专柜id */
  store_id?: Int64;
  /** 专柜名称 */
  store_name?: string;
  /** uuid */
  uuid?: string;
  /** bucketId */
  bucket_id?: string;
}

/** `MjItemTopVo` of `alibaba.mos.store.getdefautitems`. */
export interface AlibabaMosStoreGetdefautitemsMjItemTopVo {
  /** 商品id */
  item_id?: Int64;
  /** 是否独享365会员 */
  item_tag365?: boolean;
  /** 活动标签 */
  marketing_activity_tag?: string;
  /** 最小促销价 */
  min_promotion_price?: Int64;
  /** 商品图片，数组中只有一个值 */
  pics?: string[];
  /** 商品名称 */
  item_name?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** minPrice */
  min_price?: Int64;
  /** maxPrice */
  max_price?: Int64;
  /** 活动限定人群，1：普通人群，2：365会员 */
  required_user_type?: Int64;
}

const REQUEST_SCHEMA = {
  screen_no: 'String',
  start: 'Number',
  limit_count: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      item_list: [
        {
          item_id: 'Number',
          item_tag365: 'Boolean',
          marketing_activity_tag: 'String',
          min_promotion_price: 'Number',
          pics: ['String'],
          item_name: 'String',
          brand_name: 'String',
          min_price: 'Number',
          max_price: 'Number',
          required_user_type: 'Number',
        },
      ],
      store_id: 'Number',
      store_name: 'String',
      uuid: 'String',
      bucket_id: 'String',
    },
    err_code: 'Number',
    err_msg: 'String',
    success: 'Boolean',
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.store.getdefautitems`: method, response root, request and response schemas. */
export const alibabaMosStoreGetdefautitemsOperation = {
  method: 'alibaba.mos.store.getdefautitems',
  responseRoot: 'alibaba_mos_store_getdefautitems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取默认状态下商品列表 — calls TOP method `alibaba.mos.store.getdefautitems`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosStoreGetdefautitems(
  client: TopClient,
  request: AlibabaMosStoreGetdefautitemsRequest,
  options?: CallOptions,
): Promise<AlibabaMosStoreGetdefautitemsResponse> {
  return client.call<AlibabaMosStoreGetdefautitemsResponse>(
    {
      method: 'alibaba.mos.store.getdefautitems',
      responseRoot: 'alibaba_mos_store_getdefautitems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
