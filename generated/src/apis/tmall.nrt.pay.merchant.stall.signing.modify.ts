// Generated from specs/nrt/tmall.nrt.pay.merchant.stall.signing.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.pay.merchant.stall.signing.modify` (三级商户进件修改). */
export interface TmallNrtPayMerchantStallSigningModifyRequest {
  /** 请求参数 */
  req?: TmallNrtPayMerchantStallSigningModifyStallSigningReqDtoInput;
}

/** Response of `tmall.nrt.pay.merchant.stall.signing.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtPayMerchantStallSigningModifyResponse {
  /** 接口返回model */
  result?: TmallNrtPayMerchantStallSigningModifyResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StallSigningReqDto` of `tmall.nrt.pay.merchant.stall.signing.modify`. */
export interface TmallNrtPayMerchantStallSigningModifyStallSigningReqDtoInput {
  /** 对应卖场的smid */
  ip_role_id?: string;
  /** 摊位名称 */
  shop_name?: string;
  /** 摊位id */
  store_id?: Int64Input;
  /** 银行卡信息 */
  biz_cards?: TmallNrtPayMerchantStallSigningModifySettleCardInfoDtoInput[];
}

/** `SettleCardInfoDto` of `tmall.nrt.pay.merchant.stall.signing.modify`. */
export interface TmallNrtPayMerchantStallSigningModifySettleCardInfoDtoInput {
  /** 开户支行名 */
  account_branch_name?: string;
  /** 银行卡号 */
  account_no?: string;
  /** 卡类型 */
  account_type?: string;
  /** 银行名称 */
  account_inst_name?: string;
  /** 开户行所在地-市 */
  account_inst_city?: string;
  /** 开户行所在地-省 */
  account_inst_province?: string;
  /** 开户行简称缩写 */
  account_inst_id?: string;
  /** 卡户名 */
  account_holder_name?: string;
  /** 账号使用类型 */
  usage_type?: string;
}

/** `ResultDo` of `tmall.nrt.pay.merchant.stall.signing.modify`. */
export interface TmallNrtPayMerchantStallSigningModifyResultDo {
  /** 是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  data?: TmallNrtPayMerchantStallSigningModifyStallSigningRespDto;
  /** 系统自动生成 */
  err_msg?: string;
  /** 系统自动生成 */
  err_code?: string;
}

/** `StallSigningRespDto` of `tmall.nrt.pay.merchant.stall.signing.modify`. */
export interface TmallNrtPayMerchantStallSigningModifyStallSigningRespDto {
  /** 申请单id */
  order_id?: string;
  /** 摊位/门店id */
  store_id?: Int64;
}

const REQUEST_SCHEMA = {
  req: {
    ip_role_id: 'String',
    shop_name: 'String',
    store_id: 'Number',
    biz_cards: [
      {
        account_branch_name: 'String',
        account_no: 'String',
        account_type: 'String',
        account_inst_name: 'String',
        account_inst_city: 'String',
        account_inst_province: 'String',
        account_inst_id: 'String',
        account_holder_name: 'String',
        usage_type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      order_id: 'String',
      store_id: 'Number',
    },
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.pay.merchant.stall.signing.modify`: method, response root, request and response schemas. */
export const tmallNrtPayMerchantStallSigningModifyOperation = {
  method: 'tmall.nrt.pay.merchant.stall.signing.modify',
  responseRoot: 'tmall_nrt_pay_merchant_stall_signing_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三级商户进件修改 — calls TOP method `tmall.nrt.pay.merchant.stall.signing.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtPayMerchantStallSigningModify(
  client: TopClient,
  request: TmallNrtPayMerchantStallSigningModifyRequest = {},
  options?: CallOptions,
): Promise<TmallNrtPayMerchantStallSigningModifyResponse> {
  return client.call<TmallNrtPayMerchantStallSigningModifyResponse>(
    {
      method: 'tmall.nrt.pay.merchant.stall.signing.modify',
      responseRoot: 'tmall_nrt_pay_merchant_stall_signing_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
