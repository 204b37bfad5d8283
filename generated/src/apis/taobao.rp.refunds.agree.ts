// Generated from specs/tbrefund/taobao.rp.refunds.agree.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rp.refunds.agree` (同意退款). */
export interface TaobaoRpRefundsAgreeRequest {
  /** 短信验证码，如果退款金额达到一定的数量，后端会返回调用失败，并同时往卖家的手机发送一条短信验证码。接下来用收到的短信验证码再次发起API调用即可完成退款操作。 */
  code?: string;
  /** 退款信息，格式：refund_id|amount|version|phase，其中refund_id为退款编号，amount为退款金额（以分为单位），version为退款最后更新时间（时间戳格式），phase为退款阶段（可选值为：onsale, aftersale，天猫退款必值，淘宝退款不需要传），多个退款以半角逗号分隔。 */
  refund_infos: string;
}

/** Response of `taobao.rp.refunds.agree`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRpRefundsAgreeResponse {
  /** 信息 */
  message?: string;
  /** 操作成功 */
  succ?: boolean;
  /** 退款操作结果列表 */
  results?: TaobaoRpRefundsAgreeRefundMappingResult[];
  /** 批量退款操作情况，可选值：OP_SUCC（全部成功），SOME_OP_SUCC（部分成功），OP_FAILURE_UE（全部失败） */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundMappingResult` of `taobao.rp.refunds.agree`. */
export interface TaobaoRpRefundsAgreeRefundMappingResult {
  /** 结果信息 */
  message?: string;
  /** 退款ID */
  refund_id?: string;
  /** 是否成功 */
  succ?: boolean;
}

const REQUEST_SCHEMA = {
  code: 'String',
  refund_infos: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  succ: 'Boolean',
  results: [
    {
      message: 'String',
      refund_id: 'String',
      succ: 'Boolean',
    },
  ],
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.rp.refunds.agree`: method, response root, request and response schemas. */
export const taobaoRpRefundsAgreeOperation = {
  method: 'taobao.rp.refunds.agree',
  responseRoot: 'rp_refunds_agree_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同意退款 — calls TOP method `taobao.rp.refunds.agree`.
 *
 * 卖家同意退款，支持批量退款，只允许子账号操作。淘宝退款一次最多能退20笔，总金额不超过6000元；天猫退款一次最多能退30笔，总金额不超过10000元。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRpRefundsAgree(
  client: TopClient,
  request: TaobaoRpRefundsAgreeRequest,
  options?: CallOptions,
): Promise<TaobaoRpRefundsAgreeResponse> {
  return client.call<TaobaoRpRefundsAgreeResponse>(
    {
      method: 'taobao.rp.refunds.agree',
      responseRoot: 'rp_refunds_agree_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
