// Generated from specs/idle/alibaba.idle.isv.goosefish.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.goosefish.order.create` (闲鱼三方安康容器订单创建). */
export interface AlibabaIdleIsvGoosefishOrderCreateRequest {
  /** 创单请求参数 */
  order_create_request?: AlibabaIdleIsvGoosefishOrderCreateOrderCreateRequestInput;
}

/** Response of `alibaba.idle.isv.goosefish.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvGoosefishOrderCreateResponse {
  /** 创单结果 */
  data?: AlibabaIdleIsvGoosefishOrderCreateOrderCreateResult;
  /** 是否成功 */
  api_success?: boolean;
  /** 错误码 */
  api_error_code?: string;
  /** 错误信息 */
  api_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCreateRequest` of `alibaba.idle.isv.goosefish.order.create`. */
export interface AlibabaIdleIsvGoosefishOrderCreateOrderCreateRequestInput {
  /** 是否为虚拟商品下单，默认为false */
  virtual_item_order?: boolean;
  /** 商品id，virtual_item_order为false时必传 */
  item_id?: Int64Input;
  /** 商品单价，单位分。 */
  amount?: Int64Input;
  /** 额外信息 */
  extra_data?: string;
  /** 虚拟商品code，virtual_item_order为true时必传 */
  virtual_item_code?: string;
  /** 业务产品标识 */
  x_global_biz_code: string;
  /** 购买数量，默认1个 */
  buy_quantity?: Int64Input;
  /** 邮寄地址的ID。不传入表示不需要邮寄 */
  deliver_id?: string;
}

/** `OrderCreateResult` of `alibaba.idle.isv.goosefish.order.create`. */
export interface AlibabaIdleIsvGoosefishOrderCreateOrderCreateResult {
  /** 订单编号 */
  biz_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  order_create_request: {
    virtual_item_order: 'Boolean',
    item_id: 'Number',
    amount: 'Number',
    extra_data: 'String',
    virtual_item_code: 'String',
    x_global_biz_code: 'String',
    buy_quantity: 'Number',
    deliver_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    biz_order_id: 'Number',
  },
  api_success: 'Boolean',
  api_error_code: 'String',
  api_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.goosefish.order.create`: method, response root, request and response schemas. */
export const alibabaIdleIsvGoosefishOrderCreateOperation = {
  method: 'alibaba.idle.isv.goosefish.order.create',
  responseRoot: 'alibaba_idle_isv_goosefish_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼三方安康容器订单创建 — calls TOP method `alibaba.idle.isv.goosefish.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvGoosefishOrderCreate(
  client: TopClient,
  request: AlibabaIdleIsvGoosefishOrderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvGoosefishOrderCreateResponse> {
  return client.call<AlibabaIdleIsvGoosefishOrderCreateResponse>(
    {
      method: 'alibaba.idle.isv.goosefish.order.create',
      responseRoot: 'alibaba_idle_isv_goosefish_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
