// Generated from specs/openmall/taobao.openmall.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.get` (获取OpenMall退款单详情). */
export interface TaobaoOpenmallRefundGetRequest {
  /** 渠道商身份 */
  distributor: string;
  /** 退款单ID */
  refund_id: Int64Input;
}

/** Response of `taobao.openmall.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundGetResponse {
  /** 系统自动生成 */
  refund?: TaobaoOpenmallRefundGetTopRefundVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopRefundVo` of `taobao.openmall.refund.get`. */
export interface TaobaoOpenmallRefundGetTopRefundVo {
  /** 创建时间 */
  created?: string;
  /** 货物状态。可选值BUYER_NOT_RECEIVED (买家未收到货) BUYER_RECEIVED (买家已收到货) BUYER_RETURNED_GOODS (买家已退货) */
  good_status?: string;
  /** 买家是否需要退货。可选值:true(是),false(否) */
  has_good_return?: boolean;
  /** 更新时间 */
  modified?: string;
  /** 商品数量 */
  num?: Int64;
  /** 商品ID */
  num_iid?: Int64;
  /** 实付金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  payment?: string;
  /** 退还金额(退还给买家的金额)。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  refund_fee?: string;
  /** 退款单ID */
  refund_id?: Int64;
  /** 退款阶段，可选值：onsale/aftersale */
  refund_phase?: string;
  /** 退款超时结构 */
  refund_remind_timeout?: TaobaoOpenmallRefundGetRefundRemindTimeout;
  /** 卖家退货地址 */
  address?: string;
  /** 创建交易时的物流方式。 可选值：ems, express, post, free */
  shipping_type?: string;
  /** 商品SKU信息 */
  sku?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
  /** 交易总金额 */
  total_fee?: string;
  /** 退货运单号 */
  sid?: string;
  /** 物流公司名称 */
  company_name?: string;
  /** 退货邮编 */
  post_code?: string;
  /** 退货时收货人电话 */
  fix_phone?: string;
  /** 退货时收货人手机号 */
  mobile?: string;
  /** 退货时收货人姓名 */
  consignee_full_name?: string;
  /** 当该退款单为 未发货仅退款 申请时，因卖家坚持发货而导致关单的情况下，该字段值为true；其余条件为空或false */
  closed_by_seller_ship?: boolean;
}

/** `RefundRemindTimeout` of `taobao.openmall.refund.get`. */
export interface TaobaoOpenmallRefundGetRefundRemindTimeout {
  /** 是否存在超时。可选值:true(是),false(否) */
  exist_timeout?: boolean;
  /** 超时时间。格式:yyyy-MM-dd HH:mm:ss */
  timeout?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund: {
    created: 'Date',
    good_status: 'String',
    has_good_return: 'Boolean',
    modified: 'Date',
    num: 'Number',
    num_iid: 'Number',
    payment: 'String',
    refund_fee: 'String',
    refund_id: 'Number',
    refund_phase: 'String',
    refund_remind_timeout: {
      exist_timeout: 'Boolean',
      timeout: 'Date',
    },
    address: 'String',
    shipping_type: 'String',
    sku: 'String',
    status: 'String',
    total_fee: 'String',
    sid: 'String',
    company_name: 'String',
    post_code: 'String',
    fix_phone: 'String',
    mobile: 'String',
    consignee_full_name: 'String',
    closed_by_seller_ship: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.get`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundGetOperation = {
  method: 'taobao.openmall.refund.get',
  responseRoot: 'openmall_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取OpenMall退款单详情 — calls TOP method `taobao.openmall.refund.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundGet(
  client: TopClient,
  request: TaobaoOpenmallRefundGetRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundGetResponse> {
  return client.call<TaobaoOpenmallRefundGetResponse>(
    {
      method: 'taobao.openmall.refund.get',
      responseRoot: 'openmall_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
