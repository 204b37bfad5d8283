// Generated from specs/film/taobao.film.lottery.sendcode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.lottery.sendcode` (淘票票外部直发券). */
export interface TaobaoFilmLotterySendcodeRequest {
  /** 外部商户发码请求 */
  param_f_code_merchant_send_code_request?: TaobaoFilmLotterySendcodeFCodeMerchantSendCodeRqInput;
}

/** Response of `taobao.film.lottery.sendcode`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmLotterySendcodeResponse {
  /** result */
  result?: TaobaoFilmLotterySendcodeResultGeneralModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FCodeMerchantSendCodeRq` of `taobao.film.lottery.sendcode`. */
export interface TaobaoFilmLotterySendcodeFCodeMerchantSendCodeRqInput {
  /** 外部业务用户id */
  out_uid?: string;
  /** 每个用户发码的数量 */
  each_num: Int64Input;
  /** 发券码商品mixId */
  mix_id: string;
  /** 外部商户发码的外部业务号 */
  ext_order_id: string;
  /** 发码总数 */
  number: Int64Input;
  /** 外部下单时间 */
  order_time?: string;
  /** 用户ID类型 TAOBAO 或者 TAOBAO_NAME */
  user_id_type?: string;
  /** 外部商户标示 */
  partner_code?: string;
  /** 外面用户昵称 */
  out_user_name?: string;
  /** 请求属性字段 */
  feature?: string;
  /** 淘宝用户ID列表，用|分割 */
  user_id_list?: string;
}

/** `ResultGeneralModel` of `taobao.film.lottery.sendcode`. */
export interface TaobaoFilmLotterySendcodeResultGeneralModel {
  /** returnUrl */
  return_url?: string;
  /** 服务返回出参 */
  return_code?: string;
  /** requestId */
  request_id?: string;
  /** 返回具体结果 */
  return_value?: TaobaoFilmLotterySendcodeFCodeMerchantSendCodeRp;
  /** returnErrorOper */
  return_error_oper?: string;
  /** returnErrorSolution */
  return_error_solution?: string;
  /** 调用信息 */
  return_message?: string;
  /** returnErrorStackTrace */
  return_error_stack_trace?: string;
  /** success */
  success?: boolean;
}

/** `FCodeMerchantSendCodeRp` of `taobao.film.lottery.sendcode`. */
export interface TaobaoFilmLotterySendcodeFCodeMerchantSendCodeRp {
  /** 码对外信息描述列表 */
  f_code_merchant_info_list?: TaobaoFilmLotterySendcodeFCodeMerchantVo[];
}

/** `FCodeMerchantVo` of `taobao.film.lottery.sendcode`. */
export interface TaobaoFilmLotterySendcodeFCodeMerchantVo {
  /** 码过期时间 */
  gmt_expire?: string;
  /** 码生成任务ID */
  gen_task_id?: Int64;
  /** 码可抵用金额 */
  cost_price?: Int64;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  param_f_code_merchant_send_code_request: {
    out_uid: 'String',
    each_num: 'Number',
    mix_id: 'String',
    ext_order_id: 'String',
    number: 'Number',
    order_time: 'String',
    user_id_type: 'String',
    partner_code: 'String',
    out_user_name: 'String',
    feature: 'String',
    user_id_list: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_url: 'String',
    return_code: 'String',
    request_id: 'String',
    return_value: {
      f_code_merchant_info_list: [
        {
          gmt_expire: 'Date',
          gen_task_id: 'Number',
          cost_price: 'Number',
          code: 'String',
        },
      ],
    },
    return_error_oper: 'String',
    return_error_solution: 'String',
    return_message: 'String',
    return_error_stack_trace: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.film.lottery.sendcode`: method, response root, request and response schemas. */
export const taobaoFilmLotterySendcodeOperation = {
  method: 'taobao.film.lottery.sendcode',
  responseRoot: 'film_lottery_sendcode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘票票外部直发券 — calls TOP method `taobao.film.lottery.sendcode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmLotterySendcode(
  client: TopClient,
  request: TaobaoFilmLotterySendcodeRequest = {},
  options?: CallOptions,
): Promise<TaobaoFilmLotterySendcodeResponse> {
  return client.call<TaobaoFilmLotterySendcodeResponse>(
    {
      method: 'taobao.film.lottery.sendcode',
      responseRoot: 'film_lottery_sendcode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
