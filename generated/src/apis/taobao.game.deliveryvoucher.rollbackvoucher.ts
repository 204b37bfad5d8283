// Generated from specs/deliveryvoucher/taobao.game.deliveryvoucher.rollbackvoucher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.game.deliveryvoucher.rollbackvoucher` (回滚券). */
export interface TaobaoGameDeliveryvoucherRollbackvoucherRequest {
  /** 发券参数 */
  param0?: TaobaoGameDeliveryvoucherRollbackvoucherRollbackVoucherRequestInput;
}

/** Response of `taobao.game.deliveryvoucher.rollbackvoucher`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGameDeliveryvoucherRollbackvoucherResponse {
  /** message */
  message?: string;
  /** success */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RollbackVoucherRequest` of `taobao.game.deliveryvoucher.rollbackvoucher`. */
export interface TaobaoGameDeliveryvoucherRollbackvoucherRollbackVoucherRequestInput {
  /** 操作时间 */
  operate_date: DateInput;
  /** 扩展参数 */
  extend?: string;
  /** 流水号:唯一，幂等性判断 */
  op_id: string;
  /** 第三方服务商标识：appkey */
  provider: string;
  /** 主订单id */
  order_id: Int64Input;
  /** 券信息,最多100条券记录 */
  voucher_infos: TaobaoGameDeliveryvoucherRollbackvoucherDeliveryVoucherInfoDTOInput[];
}

/** `DeliveryVoucherInfoDTO` of `taobao.game.deliveryvoucher.rollbackvoucher`. */
export interface TaobaoGameDeliveryvoucherRollbackvoucherDeliveryVoucherInfoDTOInput {
  /** 券信息 */
  vouchers: TaobaoGameDeliveryvoucherRollbackvoucherDeliveryVoucherDTOInput[];
  /** 商品id */
  item_id: Int64Input;
}

/** `DeliveryVoucherDTO` of `taobao.game.deliveryvoucher.rollbackvoucher`. */
export interface TaobaoGameDeliveryvoucherRollbackvoucherDeliveryVoucherDTOInput {
  /** 券ID */
  id: string;
  /** 券号 */
  no: string;
}

const REQUEST_SCHEMA = {
  param0: {
    operate_date: 'Date',
    extend: 'String',
    op_id: 'String',
    provider: 'String',
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
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  is_success: 'Boolean',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.game.deliveryvoucher.rollbackvoucher`: method, response root, request and response schemas. */
export const taobaoGameDeliveryvoucherRollbackvoucherOperation = {
  method: 'taobao.game.deliveryvoucher.rollbackvoucher',
  responseRoot: 'game_deliveryvoucher_rollbackvoucher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回滚券 — calls TOP method `taobao.game.deliveryvoucher.rollbackvoucher`.
 *
 * 提货券发券接口：同步券和订单的关联信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGameDeliveryvoucherRollbackvoucher(
  client: TopClient,
  request: TaobaoGameDeliveryvoucherRollbackvoucherRequest = {},
  options?: CallOptions,
): Promise<TaobaoGameDeliveryvoucherRollbackvoucherResponse> {
  return client.call<TaobaoGameDeliveryvoucherRollbackvoucherResponse>(
    {
      method: 'taobao.game.deliveryvoucher.rollbackvoucher',
      responseRoot: 'game_deliveryvoucher_rollbackvoucher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
