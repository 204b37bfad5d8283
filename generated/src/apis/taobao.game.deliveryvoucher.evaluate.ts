// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.evaluate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.evaluate` (卡券评价回传). */
export interface TaobaoGameDeliveryvoucherEvaluateRequest {
  /** 系统自动生成 */
  param0?: TaobaoGameDeliveryvoucherEvaluateVoucherEvaluateRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.evaluate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherEvaluateResponse {
  /** 错误原因 */
  message?: string;
  /** code */
  result_code?: string;
  /** 操作状态 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VoucherEvaluateRequest` of `taobao.game.deliveryvoucher.evaluate`. */
export interface TaobaoGameDeliveryvoucherEvaluateVoucherEvaluateRequestInput {
  /** 评价内容 */
  evaluate_content: string;
  /** 可扩展字段 */
  extend?: string;
  /** 评价时间 */
  evaluate_time: DateInput;
  /** 评价分数 1：失望；2：不满；3：一般；4：满意；5：惊喜 */
  evaluate_score: Int64Input;
  /** 主交易订单号 */
  order_id: Int64Input;
  /** 券信息，券信息,最多20条券记录 */
  voucher_infos: TaobaoGameDeliveryvoucherEvaluateDeliveryVoucherInfoDTOInput[];
  /** 操作时间 */
  operate_date: DateInput;
  /** 流水号:唯一，幂等性判断 */
  op_id: string;
  /** 第三方服务商标识,top appkey */
  provider: string;
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.evaluate`. */
export interface TaobaoGameDeliveryvoucherEvaluateDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherEvaluateDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.evaluate`. */
export interface TaobaoGameDeliveryvoucherEvaluateDeliveryVoucherDTOInput {
  /** 券ID */
  id: string;
  /** 券号 */
  no: string;
}

const REQUEST_SCHEMA = {
  param0: {
    evaluate_content: 'String',
    extend: 'String',
    evaluate_time: 'Date',
    evaluate_score: 'Number',
    order_id: 'Number',
    voucher_infos: [
      {
        vouchers: [
          {
            id: 'String',
            no: 'String',
          },
        ],
        item_id: 'Number',
      },
    ],
    operate_date: 'Date',
    op_id: 'String',
    provider: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  result_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.game.deliveryvoucher.evaluate`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherEvaluateOperation = {
  method: 'taobao.game.deliveryvoucher.evaluate',
  responseRoot: 'game_deliveryvoucher_evaluate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卡券评价回传 — calls TOP method `taobao.game.deliveryvoucher.evaluate`.
 *
 * 卡券ISV回传商品评价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherEvaluate(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherEvaluateRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherEvaluateResponse> {
  return client.call<TaobaoGameDeliveryvoucherEvaluateResponse>(
    {
      method: 'taobao.game.deliveryvoucher.evaluate',
      responseRoot: 'game_deliveryvoucher_evaluate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
