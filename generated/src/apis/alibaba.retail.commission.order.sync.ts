// Generated from specs/omniorder/alibaba.retail.commission.order.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.commission.order.sync` (分佣数据传输). */
export interface AlibabaRetailCommissionOrderSyncRequest {
  /** 请求参数 */
  param0?: AlibabaRetailCommissionOrderSyncUniverseOrderVoInput;
}

/** Response of `alibaba.retail.commission.order.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailCommissionOrderSyncResponse {
  /** 返回描述 */
  message?: string;
  /** 返回的数据实体 */
  data?: boolean;
  /** 返回的执行状态吗 */
  s_code?: string;
  /** 是否执行成功 */
  s_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UniverseOrderVo` of `alibaba.retail.commission.order.sync`. */
export interface AlibabaRetailCommissionOrderSyncUniverseOrderVoInput {
  /** 导购id */
  employee_id?: Int64Input;
  /** 分佣金额，单位分 */
  commission_money?: Int64Input;
  /** 订单支付时间：yyyy-MM-dd HH:mm:ss */
  order_pay_time?: string;
  /** 订单类型： 1-线上 2-线下门店 3-云店 4-其他 */
  order_type?: Int64Input;
  /** 订单渠道：1-天猫旗舰店 2-门店pos 3-云店 4-京东 5-微信商城 6-官网 7-美团 999-其他 */
  order_source: Int64Input;
  /** 描述订单的唯一值，如订单id、加密后的订单id等，用于订单幂等去重 */
  outer_order_id: string;
  /** 订单状态 0：支付（默认） 1：发货 2：确认收货 */
  order_status?: Int64Input;
  /** 消费者id */
  buyer_id?: Int64Input;
  /** 订单创建时间：yyyy-MM-dd HH:mm:ss */
  order_create_time?: string;
  /** 导购工号 */
  guide_work_id?: string;
  /** 订单结束时间：yyyy-MM-dd HH:mm:ss */
  order_end_time?: string;
  /** 当前订单的分佣比例。如1%，则填1 */
  commission_ratio?: Int64Input;
  /** 订单发货时间：yyyy-MM-dd HH:mm:ss */
  order_goods_time?: string;
  /** 导购手机号 */
  guide_phone?: string;
  /** 订单发生时的销售额，单位分 */
  guide_sales?: Int64Input;
  /** 消费者nick */
  buyer_nick?: string;
  /** 商品id */
  auction_id?: string;
  /** 订单金额，单位分 */
  order_money?: Int64Input;
  /** 子订单id */
  biz_order_id?: string;
  /** 订单id */
  order_id?: string;
  /** 消费者手机号 */
  buyer_phone?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    employee_id: 'Number',
    commission_money: 'Number',
    order_pay_time: 'String',
    order_type: 'Number',
    order_source: 'Number',
    outer_order_id: 'String',
    order_status: 'Number',
    buyer_id: 'Number',
    order_create_time: 'String',
    guide_work_id: 'String',
    order_end_time: 'String',
    commission_ratio: 'Number',
    order_goods_time: 'String',
    guide_phone: 'String',
    guide_sales: 'Number',
    buyer_nick: 'String',
    auction_id: 'String',
    order_money: 'Number',
    biz_order_id: 'String',
    order_id: 'String',
    buyer_phone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  data: 'Boolean',
  s_code: 'String',
  s_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.commission.order.sync`: method, response root, request and response schemas. */
export const alibabaRetailCommissionOrderSyncOperation = {
  method: 'alibaba.retail.commission.order.sync',
  responseRoot: 'alibaba_retail_commission_order_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分佣数据传输 — calls TOP method `alibaba.retail.commission.order.sync`.
 *
 * 同步分佣结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailCommissionOrderSync(
  client: TopClient,
  request: AlibabaRetailCommissionOrderSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaRetailCommissionOrderSyncResponse> {
  return client.call<AlibabaRetailCommissionOrderSyncResponse>(
    {
      method: 'alibaba.retail.commission.order.sync',
      responseRoot: 'alibaba_retail_commission_order_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
