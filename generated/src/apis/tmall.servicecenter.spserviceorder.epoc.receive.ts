// Generated from specs/tmallservice/tmall.servicecenter.spserviceorder.epoc.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.spserviceorder.epoc.receive` (电子保单数据接口). */
export interface TmallServicecenterSpserviceorderEpocReceiveRequest {
  /** 服务交易订单号 */
  biz_order_id: Int64Input;
  /** 电子保单协议号 */
  agreement_number: string;
  /** 电子保单到期时间（包含时分秒） */
  expiration_time: string;
  /** 设备序列号 */
  device_serial_number: string;
  /** 产品型号 */
  product_model: string;
}

/** Response of `tmall.servicecenter.spserviceorder.epoc.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterSpserviceorderEpocReceiveResponse {
  /** 返回结果 */
  result?: TmallServicecenterSpserviceorderEpocReceiveFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.spserviceorder.epoc.receive`. */
export interface TmallServicecenterSpserviceorderEpocReceiveFulfilplatformResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统异常时，返回相应的错误编码 */
  msg_code?: string;
  /** 系统异常时，返回相应的错误文本 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
  agreement_number: 'String',
  expiration_time: 'String',
  device_serial_number: 'String',
  product_model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.spserviceorder.epoc.receive`: method, response root, request and response schemas. */
export const tmallServicecenterSpserviceorderEpocReceiveOperation = {
  method: 'tmall.servicecenter.spserviceorder.epoc.receive',
  responseRoot: 'tmall_servicecenter_spserviceorder_epoc_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子保单数据接口 — calls TOP method `tmall.servicecenter.spserviceorder.epoc.receive`.
 *
 * 电子保单数据回传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterSpserviceorderEpocReceive(
  client: TopClient,
  request: TmallServicecenterSpserviceorderEpocReceiveRequest,
  options?: CallOptions,
): Promise<TmallServicecenterSpserviceorderEpocReceiveResponse> {
  return client.call<TmallServicecenterSpserviceorderEpocReceiveResponse>(
    {
      method: 'tmall.servicecenter.spserviceorder.epoc.receive',
      responseRoot: 'tmall_servicecenter_spserviceorder_epoc_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
