// Generated from specs/idleisv/alibaba.idle.isv.refund.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.refund.query` (闲鱼已验货交易订单退款信息查询). */
export interface AlibabaIdleIsvRefundQueryRequest {
  /** 系统自动生成 */
  param_appraise_isv_order_query: AlibabaIdleIsvRefundQueryAppraiseIsvOrderQueryInput;
}

/** Response of `alibaba.idle.isv.refund.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvRefundQueryResponse {
  /** 接口返回model */
  result?: AlibabaIdleIsvRefundQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppraiseIsvOrderQuery` of `alibaba.idle.isv.refund.query`. */
export interface AlibabaIdleIsvRefundQueryAppraiseIsvOrderQueryInput {
  /** 交易订单号 */
  biz_order_id: Int64Input;
}

/** `Result` of `alibaba.idle.isv.refund.query`. */
export interface AlibabaIdleIsvRefundQueryResult {
  /** 退款信息 */
  module?: AlibabaIdleIsvRefundQueryAppraiseIsvRefundDto;
  /** 是否成功 */
  success?: boolean;
}

/** `AppraiseIsvRefundDto` of `alibaba.idle.isv.refund.query`. */
export interface AlibabaIdleIsvRefundQueryAppraiseIsvRefundDto {
  /** 订单号 */
  biz_order_id?: Int64;
  /** 商品购买数量 */
  buy_amount?: Int64;
  /** 买家申请退款原因 */
  buyer_apply_reason?: string;
  /** 买家退款说明,买家申请退款二级原因 */
  buyer_apply_sub_reason?: string;
  /** 买家昵称（不唯一且用户可以自己更改） */
  buyer_nick?: string;
  /** 货物状态 */
  goods_status?: Int64;
  /** 商品信息 */
  item?: AlibabaIdleIsvRefundQueryAppraiseIsvItemDto;
  /** 买家是否需要退货 */
  need_return_goods?: boolean;
  /** 订单状态 */
  order_status?: Int64;
  /** 订单实付金额,单位分 */
  payment?: Int64;
  /** 买家申请退款描述 */
  buyer_apply_desc?: string;
  /** 退款申请时间,时间戳,单位分 */
  refund_create_time?: Int64;
  /** 退还金额(退还给买家的金额),单位分 */
  refund_fee?: Int64;
  /** 退款订单号 */
  refund_id?: Int64;
  /** 退货-快递公司 */
  refund_post_company?: string;
  /** 退货-快递单号 */
  refund_post_no?: string;
  /** 退款订单状态 */
  refund_status?: Int64;
  /** 退款最新修改时间,时间戳,单位分 */
  refund_modify_time?: Int64;
  /** 卖家同意退货说明 */
  seller_agree_msg?: string;
  /** 卖家昵称（不唯一且用户可以自己更改） */
  seller_nick?: string;
  /** 卖家拒绝退款说明 */
  seller_refuse_msg?: string;
  /** 卖家拒绝退款原因 */
  seller_refuse_reason?: string;
  /** 退款超时信息 */
  timeout_data?: AlibabaIdleIsvRefundQueryIsvRefundTimeoutDto;
  /** 加密的买家id（唯一且不会改变） */
  encryption_buyer_id?: string;
  /** 加密的卖家id（唯一且不会改变） */
  encryption_seller_id?: string;
}

/** `AppraiseIsvItemDto` of `alibaba.idle.isv.refund.query`. */
export interface AlibabaIdleIsvRefundQueryAppraiseIsvItemDto {
  /** 商品Id */
  item_id?: Int64;
  /** 商品图片,绝对途径 */
  pic_url?: string;
  /** 商品价格，单位分 */
  price?: Int64;
  /** 商品标题 */
  title?: string;
}

/** `IsvRefundTimeoutDto` of `alibaba.idle.isv.refund.query`. */
export interface AlibabaIdleIsvRefundQueryIsvRefundTimeoutDto {
  /** 退款超时创建时间，时间戳，毫秒 */
  create?: Int64;
  /** 退款超时修改时间，时间戳，毫秒 */
  modified?: Int64;
  /** 退款超时时长，时间长度(毫秒) */
  duration?: Int64;
  /** 退款超时时间点(自动触发状态变更的超时时间点)，时间戳，毫秒 */
  timeout?: Int64;
  /** 退款超时运行状态 0:超时创建完成, 1:超时运行中, 2:超时暂停, 3:超时关闭, 4:超时失败, 5:超时成功 */
  timeout_status?: Int64;
  /** 退款超时动作类型 */
  timeout_action_type?: string;
}

const REQUEST_SCHEMA = {
  param_appraise_isv_order_query: {
    biz_order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      biz_order_id: 'Number',
      buy_amount: 'Number',
      buyer_apply_reason: 'String',
      buyer_apply_sub_reason: 'String',
      buyer_nick: 'String',
      goods_status: 'Number',
      item: {
        item_id: 'Number',
        pic_url: 'String',
        price: 'Number',
        title: 'String',
      },
      need_return_goods: 'Boolean',
      order_status: 'Number',
      payment: 'Number',
      buyer_apply_desc: 'String',
      refund_create_time: 'Number',
      refund_fee: 'Number',
      refund_id: 'Number',
      refund_post_company: 'String',
      refund_post_no: 'String',
      refund_status: 'Number',
      refund_modify_time: 'Number',
      seller_agree_msg: 'String',
      seller_nick: 'String',
      seller_refuse_msg: 'String',
      seller_refuse_reason: 'String',
      timeout_data: {
        create: 'Number',
        modified: 'Number',
        duration: 'Number',
        timeout: 'Number',
        timeout_status: 'Number',
        timeout_action_type: 'String',
      },
      encryption_buyer_id: 'String',
      encryption_seller_id: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.refund.query`: method, response root, request and response schemas. */
export const alibabaIdleIsvRefundQueryOperation = {
  method: 'alibaba.idle.isv.refund.query',
  responseRoot: 'alibaba_idle_isv_refund_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼已验货交易订单退款信息查询 — calls TOP method `alibaba.idle.isv.refund.query`.
 *
 * 闲鱼服务商交易订单退款信息查询-单个退款查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvRefundQuery(
  client: TopClient,
  request: AlibabaIdleIsvRefundQueryRequest,
  options?: CallOptions,
): Promise<AlibabaIdleIsvRefundQueryResponse> {
  return client.call<AlibabaIdleIsvRefundQueryResponse>(
    {
      method: 'alibaba.idle.isv.refund.query',
      responseRoot: 'alibaba_idle_isv_refund_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
