// Generated from specs/car/alitrip.rentcar.order.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.rentcar.order.detail.query` (租车订单详情查询). */
export interface AlitripRentcarOrderDetailQueryRequest {
  /** RQ */
  param_rent_car_order_detail_callback_req?: AlitripRentcarOrderDetailQueryRentCarOrderDetailCallbackReqInput;
}

/** Response of `alitrip.rentcar.order.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripRentcarOrderDetailQueryResponse {
  /** result */
  result?: AlitripRentcarOrderDetailQueryRentCarOrderDetailRsp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RentCarOrderDetailCallbackReq` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryRentCarOrderDetailCallbackReqInput {
  /** 飞猪订单ID */
  order_id: Int64Input;
}

/** `RentCarOrderDetailRsp` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryRentCarOrderDetailRsp {
  /** buyerInfo */
  buyer_info?: AlitripRentcarOrderDetailQueryBuyerInfo;
  /** 信用免押信息 */
  deposit_info?: AlitripRentcarOrderDetailQueryRentCarDepositInfo;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 订单信息 */
  order_info?: AlitripRentcarOrderDetailQueryOrderDetailInfo;
  /** 商家信息 */
  seller_info?: AlitripRentcarOrderDetailQuerySellerInfo;
  /** success */
  success?: boolean;
}

/** `BuyerInfo` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryBuyerInfo {
  /** buyerEmail */
  buyer_email?: string;
  /** buyerPhone */
  buyer_phone?: string;
}

/** `RentCarDepositInfo` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryRentCarDepositInfo {
  /** 还车后{0}天自动释放免押额度 */
  car_deposit_expire_time?: Int64;
  /** 车辆免押金额 */
  car_pre_deposit?: string;
  /** 免押节点 */
  deposit_nodes?: AlitripRentcarOrderDetailQueryRentCarDepositNode[];
  /** 免押金额, */
  deposit_num?: string;
  /** 信用免押状态 */
  deposit_status?: string;
  /** 单押双押 */
  deposit_type?: string;
  /** 是否信用免押 */
  enable_deposit?: boolean;
  /** 国内租车违章押金解压超时时间 */
  legal_deposit_expire_time?: Int64;
  /** 违章免押金额, */
  legal_pre_deposit?: string;
}

/** `RentCarDepositNode` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryRentCarDepositNode {
  /** 节点流程 */
  deposit_flows?: AlitripRentcarOrderDetailQueryRentCarDepositFlow[];
  /** nodeName */
  node_name?: string;
  /** status */
  status?: Int64;
}

/** `RentCarDepositFlow` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryRentCarDepositFlow {
  /** 主标题 */
  main_title?: string;
  /** 发生时间 */
  occur_time?: string;
  /** 状态 */
  status?: Int64;
  /** 状态图标 */
  status_icon?: string;
  /** 子标题 */
  sub_title?: string;
}

/** `OrderDetailInfo` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQueryOrderDetailInfo {
  /** 关单原因 */
  cancel_reason?: string;
  /** createdTime */
  created_time?: string;
  /** 折扣费用(优惠金额) */
  discount_fee?: Int64;
  /** 交易结束时间,确认时间 */
  end_time?: string;
  /** modifiedTime */
  modified_time?: string;
  /** orderId */
  order_id?: Int64;
  /** orderSource */
  order_source?: string;
  /** payStatus */
  pay_status?: Int64;
  /** payTime */
  pay_time?: string;
  /** payTimeOutTime */
  pay_time_out_time?: string;
  /** realPay */
  real_pay?: Int64;
  /** refundFee */
  refund_fee?: Int64;
  /** refundStatus */
  refund_status?: Int64;
  /** traceId */
  trace_id?: string;
  /** version */
  version?: Int64;
}

/** `SellerInfo` of `alitrip.rentcar.order.detail.query`. */
export interface AlitripRentcarOrderDetailQuerySellerInfo {
  /** sellerEmail */
  seller_email?: string;
  /** sellerId */
  seller_id?: Int64;
  /** sellerNick */
  seller_nick?: string;
  /** sellerPhone */
  seller_phone?: string;
}

const REQUEST_SCHEMA = {
  param_rent_car_order_detail_callback_req: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    buyer_info: {
      buyer_email: 'String',
      buyer_phone: 'String',
    },
    deposit_info: {
      car_deposit_expire_time: 'Number',
      car_pre_deposit: 'String',
      deposit_nodes: [
        {
          deposit_flows: [
            {
              main_title: 'String',
              occur_time: 'Date',
              status: 'Number',
              status_icon: 'String',
              sub_title: 'String',
            },
          ],
          node_name: 'String',
          status: 'Number',
        },
      ],
      deposit_num: 'String',
      deposit_status: 'String',
      deposit_type: 'String',
      enable_deposit: 'Boolean',
      legal_deposit_expire_time: 'Number',
      legal_pre_deposit: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    order_info: {
      cancel_reason: 'String',
      created_time: 'Date',
      discount_fee: 'Number',
      end_time: 'Date',
      modified_time: 'Date',
      order_id: 'Number',
      order_source: 'String',
      pay_status: 'Number',
      pay_time: 'Date',
      pay_time_out_time: 'Date',
      real_pay: 'Number',
      refund_fee: 'Number',
      refund_status: 'Number',
      trace_id: 'String',
      version: 'Number',
    },
    seller_info: {
      seller_email: 'String',
      seller_id: 'Number',
      seller_nick: 'String',
      seller_phone: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.rentcar.order.detail.query`: method, response root, request and response schemas. */
export const alitripRentcarOrderDetailQueryOperation = {
  method: 'alitrip.rentcar.order.detail.query',
  responseRoot: 'alitrip_rentcar_order_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 租车订单详情查询 — calls TOP method `alitrip.rentcar.order.detail.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripRentcarOrderDetailQuery(
  client: TopClient,
  request: AlitripRentcarOrderDetailQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripRentcarOrderDetailQueryResponse> {
  return client.call<AlitripRentcarOrderDetailQueryResponse>(
    {
      method: 'alitrip.rentcar.order.detail.query',
      responseRoot: 'alitrip_rentcar_order_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
