// Generated from specs/larkiot/taobao.lark.iot.order.confirmorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.lark.iot.order.confirmorder` (iot渠道卖品落单). */
export interface TaobaoLarkIotOrderConfirmorderRequest {
  /** 渠道编码 */
  channel_code?: string;
  /** 影院内码 */
  cinema_link_id?: string;
  /** 外部订单号 */
  out_goods_order_id?: string;
  /** 工作站id */
  workstation_id?: string;
  /** 工作站名称 */
  workstation_name?: string;
  /** 支付方式 */
  payment_list?: string;
  /** 优惠列表 */
  promotion_list?: string;
  /** 卖品列表 */
  goods_list?: string;
  /** 手机号 */
  mobile?: string;
  /** 管理员 */
  operator_user_id?: string;
}

/** Response of `taobao.lark.iot.order.confirmorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLarkIotOrderConfirmorderResponse {
  /** 返回下单结果 */
  data?: TaobaoLarkIotOrderConfirmorderBizSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BizSingleResult` of `taobao.lark.iot.order.confirmorder`. */
export interface TaobaoLarkIotOrderConfirmorderBizSingleResult {
  /** 业务订结果 */
  biz_msg?: string;
  /** 业务码 */
  biz_code?: string;
  /** 接口是否成功 */
  success?: boolean;
  /** 业务返回 */
  data?: TaobaoLarkIotOrderConfirmorderIotGoodsOrderRsp;
}

/** `IotGoodsOrderRsp` of `taobao.lark.iot.order.confirmorder`. */
export interface TaobaoLarkIotOrderConfirmorderIotGoodsOrderRsp {
  /** 订单号 */
  goods_order_id?: string;
  /** 影院内码 */
  cinema_link_id?: string;
  /** 外部订单号 */
  out_goods_order_id?: string;
}

const REQUEST_SCHEMA = {
  channel_code: 'String',
  cinema_link_id: 'String',
  out_goods_order_id: 'String',
  workstation_id: 'String',
  workstation_name: 'String',
  payment_list: 'String',
  promotion_list: 'String',
  goods_list: 'String',
  mobile: 'String',
  operator_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    biz_msg: 'String',
    biz_code: 'String',
    success: 'Boolean',
    data: {
      goods_order_id: 'String',
      cinema_link_id: 'String',
      out_goods_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.lark.iot.order.confirmorder`: method, response root, request and response schemas. */
export const taobaoLarkIotOrderConfirmorderOperation = {
  method: 'taobao.lark.iot.order.confirmorder',
  responseRoot: 'lark_iot_order_confirmorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * iot渠道卖品落单 — calls TOP method `taobao.lark.iot.order.confirmorder`.
 *
 * 云智对接无人超市，接收无人超市订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLarkIotOrderConfirmorder(
  client: TopClient,
  request: TaobaoLarkIotOrderConfirmorderRequest = {},
  options?: CallOptions,
): Promise<TaobaoLarkIotOrderConfirmorderResponse> {
  return client.call<TaobaoLarkIotOrderConfirmorderResponse>(
    {
      method: 'taobao.lark.iot.order.confirmorder',
      responseRoot: 'lark_iot_order_confirmorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
