// Generated from specs/alsc/alibaba.alsc.crm.open.customer.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.customer.save` (保存和更新顾客). */
export interface AlibabaAlscCrmOpenCustomerSaveRequest {
  /** 入参 */
  param_customer_save_open_req?: AlibabaAlscCrmOpenCustomerSaveCustomerSaveOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.customer.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenCustomerSaveResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenCustomerSaveCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CustomerSaveOpenReq` of `alibaba.alsc.crm.open.customer.save`. */
export interface AlibabaAlscCrmOpenCustomerSaveCustomerSaveOpenReqInput {
  /** 生日 */
  birthday?: DateInput;
  /** saas品牌id */
  brand_id: string;
  /** 渠道 crm_back(1, "CRM后台"), pos(2, "POS"), mobile_shop(3, "个人中心"), wechat(4, "微信"), alipay(5, "支付宝"),所有pos端传2 */
  channel: string;
  /** 性别 0女 1男,2其他 */
  gender?: Int64Input;
  /** 手机号 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 操作人 */
  operator_id: string;
  /** 外部id */
  outer_id?: string;
  /** 外部类型: wechat：微信openId alipay：支付宝 */
  outer_type?: string;
  /** 备注 */
  remark?: string;
  /** 请求幂等id */
  request_id: string;
  /** saas门店id */
  shop_id: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.customer.save`. */
export interface AlibabaAlscCrmOpenCustomerSaveCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果,顾客id */
  result?: string;
  /** 结果码 */
  result_code?: string;
  /** 结果详情 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
}

const REQUEST_SCHEMA = {
  param_customer_save_open_req: {
    birthday: 'Date',
    brand_id: 'String',
    channel: 'String',
    gender: 'Number',
    mobile: 'String',
    name: 'String',
    operator_id: 'String',
    outer_id: 'String',
    outer_type: 'String',
    remark: 'String',
    request_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: 'String',
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.customer.save`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenCustomerSaveOperation = {
  method: 'alibaba.alsc.crm.open.customer.save',
  responseRoot: 'alibaba_alsc_crm_open_customer_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保存和更新顾客 — calls TOP method `alibaba.alsc.crm.open.customer.save`.
 *
 * 用来保存顾客，如果已经存在的话，则更新顾客
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenCustomerSave(
  client: TopClient,
  request: AlibabaAlscCrmOpenCustomerSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenCustomerSaveResponse> {
  return client.call<AlibabaAlscCrmOpenCustomerSaveResponse>(
    {
      method: 'alibaba.alsc.crm.open.customer.save',
      responseRoot: 'alibaba_alsc_crm_open_customer_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
