// Generated from specs/aliqin/alibaba.aliqin.fc.iot.cardoffer.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.cardoffer` (查询物联网卡上订购的offer). */
export interface AlibabaAliqinFcIotCardofferRequest {
  /** 具体ICCID的值 */
  billreal: string;
  /** ICCID */
  billsource: string;
}

/** Response of `alibaba.aliqin.fc.iot.cardoffer`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotCardofferResponse {
  /** 结果对象 */
  result?: AlibabaAliqinFcIotCardofferResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.cardoffer`. */
export interface AlibabaAliqinFcIotCardofferResult {
  /** 结果对象 */
  models?: AlibabaAliqinFcIotCardofferModel[];
  /** 1.成功；2.失败 */
  code?: string;
  /** 状态 */
  success?: boolean;
  /** 错误信息 */
  msg?: string;
}

/** `Model` of `alibaba.aliqin.fc.iot.cardoffer`. */
export interface AlibabaAliqinFcIotCardofferModel {
  /** 失效时间 */
  expire_time?: string;
  /** 生效时间 */
  effective_time?: string;
  /** 订购时间 */
  order_time?: string;
  /** 商品名称 */
  offer_name?: string;
  /** 商品ID */
  offer_id?: string;
}

const REQUEST_SCHEMA = {
  billreal: 'String',
  billsource: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        expire_time: 'Date',
        effective_time: 'Date',
        order_time: 'String',
        offer_name: 'String',
        offer_id: 'String',
      },
    ],
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.cardoffer`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotCardofferOperation = {
  method: 'alibaba.aliqin.fc.iot.cardoffer',
  responseRoot: 'alibaba_aliqin_fc_iot_cardoffer_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询物联网卡上订购的offer — calls TOP method `alibaba.aliqin.fc.iot.cardoffer`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotCardoffer(
  client: TopClient,
  request: AlibabaAliqinFcIotCardofferRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotCardofferResponse> {
  return client.call<AlibabaAliqinFcIotCardofferResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.cardoffer',
      responseRoot: 'alibaba_aliqin_fc_iot_cardoffer_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
