// Generated from specs/alihealth2/taobao.trade.drug.confirmorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.drug.confirmorder` (阿里健康020接单). */
export interface TaobaoTradeDrugConfirmorderRequest {
  /** 代送宝 代送商ID */
  delivery_id?: Int64Input;
  /** public static int NORMAL_TYPE=0; 普通发货 默认 public static int DD_DAI_SONG=2; 代送宝 public static int DD_SONG_TYPE_V2=3; 点点送发货 */
  confirm_type?: Int64Input;
  /** 订单ID */
  order_id: Int64Input;
  /** 子账号nick */
  sub_user_nick?: string;
}

/** Response of `taobao.trade.drug.confirmorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeDrugConfirmorderResponse {
  /** life的返回值 */
  result?: TaobaoTradeDrugConfirmorderLifeResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LifeResultDo` of `taobao.trade.drug.confirmorder`. */
export interface TaobaoTradeDrugConfirmorderLifeResultDo {
  /** RT */
  error_msg?: string;
  /** 描述信息 */
  info?: string;
  /** 1代表成功！ */
  ret_code?: string;
  /** errorCode */
  error_code?: string;
  /** 是不是成功！ */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delivery_id: 'Number',
  confirm_type: 'Number',
  order_id: 'Number',
  sub_user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    info: 'String',
    ret_code: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.drug.confirmorder`: method, response root, request and response schemas. */
export const taobaoTradeDrugConfirmorderOperation = {
  method: 'taobao.trade.drug.confirmorder',
  responseRoot: 'trade_drug_confirmorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里健康020接单 — calls TOP method `taobao.trade.drug.confirmorder`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeDrugConfirmorder(
  client: TopClient,
  request: TaobaoTradeDrugConfirmorderRequest,
  options?: CallOptions,
): Promise<TaobaoTradeDrugConfirmorderResponse> {
  return client.call<TaobaoTradeDrugConfirmorderResponse>(
    {
      method: 'taobao.trade.drug.confirmorder',
      responseRoot: 'trade_drug_confirmorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
