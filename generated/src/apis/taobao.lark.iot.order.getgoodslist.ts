// Generated from specs/larkiot/taobao.lark.iot.order.getgoodslist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.lark.iot.order.getgoodslist` (iot渠道获取卖品信息). */
export interface TaobaoLarkIotOrderGetgoodslistRequest {
  /** 渠道编码 */
  channel_code: string;
  /** 影院内码 */
  cinema_link_id: string;
}

/** Response of `taobao.lark.iot.order.getgoodslist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLarkIotOrderGetgoodslistResponse {
  /** 卖品信息列表 */
  data?: TaobaoLarkIotOrderGetgoodslistBizSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizSingleResult` of `taobao.lark.iot.order.getgoodslist`. */
export interface TaobaoLarkIotOrderGetgoodslistBizSingleResult {
  /** 卖品列表数据 */
  data?: TaobaoLarkIotOrderGetgoodslistThirdGoodsListRsp;
  /** 业务码 */
  biz_code?: string;
  /** 业务结果 */
  biz_msg?: string;
  /** 订单结果 */
  success?: boolean;
}

/** `ThirdGoodsListRsp` of `taobao.lark.iot.order.getgoodslist`. */
export interface TaobaoLarkIotOrderGetgoodslistThirdGoodsListRsp {
  /** 最大数量 */
  max_buy_count?: Int64;
  /** 影院内码 */
  cinema_link_id?: string;
  /** 卖品列表 */
  goods_list?: TaobaoLarkIotOrderGetgoodslistThirdGoodsRsp[];
}

/** `ThirdGoodsRsp` of `taobao.lark.iot.order.getgoodslist`. */
export interface TaobaoLarkIotOrderGetgoodslistThirdGoodsRsp {
  /** 卖品编码 */
  goods_code?: string;
  /** 卖品名称 */
  goods_name?: string;
  /** 套餐标识 */
  package_flag?: string;
  /** 标准价 */
  standard_price?: string;
  /** 结算价 */
  settle_price?: string;
  /** 描述 */
  desc?: string;
  /** 唯一键 */
  goods_key?: string;
  /** 会员标识 */
  member_flag?: string;
  /** 卖品url */
  goods_pic_url?: string;
}

const REQUEST_SCHEMA = {
  channel_code: 'String',
  cinema_link_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    data: {
      max_buy_count: 'Number',
      cinema_link_id: 'String',
      goods_list: [
        {
          goods_code: 'String',
          goods_name: 'String',
          package_flag: 'String',
          standard_price: 'String',
          settle_price: 'String',
          desc: 'String',
          goods_key: 'String',
          member_flag: 'String',
          goods_pic_url: 'String',
        },
      ],
    },
    biz_code: 'String',
    biz_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.lark.iot.order.getgoodslist`: method, response root, request and response schemas. */
export const taobaoLarkIotOrderGetgoodslistOperation = {
  method: 'taobao.lark.iot.order.getgoodslist',
  responseRoot: 'lark_iot_order_getgoodslist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * iot渠道获取卖品信息 — calls TOP method `taobao.lark.iot.order.getgoodslist`.
 *
 * iot无人超市服务商通过接口获取影院的可售卖品数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLarkIotOrderGetgoodslist(
  client: TopClient,
  request: TaobaoLarkIotOrderGetgoodslistRequest,
  options?: CallOptions,
): Promise<TaobaoLarkIotOrderGetgoodslistResponse> {
  return client.call<TaobaoLarkIotOrderGetgoodslistResponse>(
    {
      method: 'taobao.lark.iot.order.getgoodslist',
      responseRoot: 'lark_iot_order_getgoodslist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
