// Generated from specs/refund/taobao.refund.refuse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.refund.refuse` (卖家拒绝退款). */
export interface TaobaoRefundRefuseRequest {
  /** 退款单号 */
  refund_id: Int64Input;
  /**
   * 拒绝退款时的说明信息，长度2-200
   *
   * Max length: 200
   */
  refuse_message: string;
  /** 拒绝退款时的退款凭证，一般是卖家拒绝退款时使用的发货凭证，最大长度130000字节，支持的图片格式：GIF, JPG, PNG。天猫退款为必填项。 */
  refuse_proof?: TopFile;
  /** 可选值为：售中：onsale，售后：aftersale，天猫退款为必填项。 */
  refund_phase?: string;
  /** 退款版本号，天猫退款为必填项。 */
  refund_version?: Int64Input;
  /** 拒绝原因编号，会提供用户拒绝原因列表供选择 */
  refuse_reason_id?: Int64Input;
}

/** Response of `taobao.refund.refuse`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundRefuseResponse {
  /** 拒绝退款成功后，会返回Refund数据结构中的refund_id, status, modified字段 */
  refund?: TaobaoRefundRefuseRefund;
  /** 拒绝退款操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Refund` of `taobao.refund.refuse`. */
export interface TaobaoRefundRefuseRefund {
  /** 退款单号 */
  refund_id?: string;
  /** 更新时间。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 退款状态。可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  status?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  refuse_message: 'String',
  refuse_proof: 'byte[]',
  refund_phase: 'String',
  refund_version: 'Number',
  refuse_reason_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund: {
    refund_id: 'String',
    modified: 'Date',
    status: 'String',
  },
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.refuse`: method, response root, request and response schemas. */
export const taobaoRefundRefuseOperation = {
  method: 'taobao.refund.refuse',
  responseRoot: 'refund_refuse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家拒绝退款 — calls TOP method `taobao.refund.refuse`.
 *
 * 卖家拒绝单笔退款（包含退款和退款退货）交易，要求如下：
 * 1. 传入的refund_id和相应的tid, oid必须匹配
 * 2. 如果一笔订单只有一笔子订单，则tid必须与oid相同
 * 3. 只有卖家才能执行拒绝退款操作
 * 4. 以下三种情况不能退款：卖家未发货；7天无理由退换货；网游订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundRefuse(
  client: TopClient,
  request: TaobaoRefundRefuseRequest,
  options?: CallOptions,
): Promise<TaobaoRefundRefuseResponse> {
  return client.call<TaobaoRefundRefuseResponse>(
    {
      method: 'taobao.refund.refuse',
      responseRoot: 'refund_refuse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
