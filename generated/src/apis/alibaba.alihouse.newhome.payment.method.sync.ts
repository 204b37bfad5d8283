// Generated from specs/alihouse/alibaba.alihouse.newhome.payment.method.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.payment.method.sync` (付款方式上翻). */
export interface AlibabaAlihouseNewhomePaymentMethodSyncRequest {
  /** 入参 */
  payment_mode_req_dto: AlibabaAlihouseNewhomePaymentMethodSyncPaymentModeReqDTOInput;
}

/** Response of `alibaba.alihouse.newhome.payment.method.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomePaymentMethodSyncResponse {
  /** 出参 */
  result?: AlibabaAlihouseNewhomePaymentMethodSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaymentModeReqDTO` of `alibaba.alihouse.newhome.payment.method.sync`. */
export interface AlibabaAlihouseNewhomePaymentMethodSyncPaymentModeReqDTOInput {
  /** 外部楼盘id */
  outer_project_id: string;
  /** 付款方式名称 */
  payment_name: string;
  /** 付款方式类型 */
  payment_type: Int64Input;
  /** 首套最低比例 */
  buy_one_radio: Int64Input;
  /** 多套最低比例 */
  buy_multi_radio: Int64Input;
  /** 创建人姓名 */
  creat_user_name: string;
  /** 是否测试 */
  is_test: Int64Input;
  /** 是否删除 */
  is_deleted: Int64Input;
  /** 外部付款方式id */
  outer_payment_id: string;
  /** 外部门店id */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.payment.method.sync`. */
export interface AlibabaAlihouseNewhomePaymentMethodSyncResult {
  /** 编码 */
  code?: string;
  /** 结果 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  payment_mode_req_dto: {
    outer_project_id: 'String',
    payment_name: 'String',
    payment_type: 'Number',
    buy_one_radio: 'Number',
    buy_multi_radio: 'Number',
    creat_user_name: 'String',
    is_test: 'Number',
    is_deleted: 'Number',
    outer_payment_id: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.payment.method.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomePaymentMethodSyncOperation = {
  method: 'alibaba.alihouse.newhome.payment.method.sync',
  responseRoot: 'alibaba_alihouse_newhome_payment_method_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 付款方式上翻 — calls TOP method `alibaba.alihouse.newhome.payment.method.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomePaymentMethodSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomePaymentMethodSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomePaymentMethodSyncResponse> {
  return client.call<AlibabaAlihouseNewhomePaymentMethodSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.payment.method.sync',
      responseRoot: 'alibaba_alihouse_newhome_payment_method_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
