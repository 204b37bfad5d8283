// Generated from specs/logistic/taobao.logistics.express.order.pay.tms.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.order.pay.tms.query` (上门取退运费支付状态查询接口). */
export interface TaobaoLogisticsExpressOrderPayTmsQueryRequest {
  /** 查询入参 */
  tms2_msc_pay_query_request: TaobaoLogisticsExpressOrderPayTmsQueryTms2MscPayQueryRequestInput;
}

/** Response of `taobao.logistics.express.order.pay.tms.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressOrderPayTmsQueryResponse {
  /** 业务处理结果 */
  data?: TaobaoLogisticsExpressOrderPayTmsQueryTms2MscPayQueryResponse;
  /** 错误信息 */
  biz_error_message?: string;
  /** 错误码 */
  biz_error_code?: string;
  /** 是否可重试 */
  retry?: boolean;
  /** 是 系统成功失败 true|false */
  suc?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Tms2MscPayQueryRequest` of `taobao.logistics.express.order.pay.tms.query`. */
export interface TaobaoLogisticsExpressOrderPayTmsQueryTms2MscPayQueryRequestInput {
  /** 服务类型 */
  service_type: string;
  /** 服务商ID */
  supplier_id: string;
  /** 配资源编码 */
  biz_code: string;
  /** 唯一标识单号 */
  delivery_code: string;
}

/** `Tms2MscPayQueryResponse` of `taobao.logistics.express.order.pay.tms.query`. */
export interface TaobaoLogisticsExpressOrderPayTmsQueryTms2MscPayQueryResponse {
  /** 消费者支付状态 */
  pay_flag?: string;
  /** 消费者支付时间 */
  pay_time?: string;
}

const REQUEST_SCHEMA = {
  tms2_msc_pay_query_request: {
    service_type: 'String',
    supplier_id: 'String',
    biz_code: 'String',
    delivery_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    pay_flag: 'String',
    pay_time: 'String',
  },
  biz_error_message: 'String',
  biz_error_code: 'String',
  retry: 'Boolean',
  suc: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.order.pay.tms.query`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressOrderPayTmsQueryOperation = {
  method: 'taobao.logistics.express.order.pay.tms.query',
  responseRoot: 'logistics_express_order_pay_tms_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上门取退运费支付状态查询接口 — calls TOP method `taobao.logistics.express.order.pay.tms.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressOrderPayTmsQuery(
  client: TopClient,
  request: TaobaoLogisticsExpressOrderPayTmsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressOrderPayTmsQueryResponse> {
  return client.call<TaobaoLogisticsExpressOrderPayTmsQueryResponse>(
    {
      method: 'taobao.logistics.express.order.pay.tms.query',
      responseRoot: 'logistics_express_order_pay_tms_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
