// Generated from specs/alsc/alibaba.alsc.crm.open.assert.verify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.open.assert.verify` (资产核销接口). */
export interface AlibabaAlscCrmOpenAssertVerifyRequest {
  /** 入参 */
  param_property_verify_open_req?: AlibabaAlscCrmOpenAssertVerifyPropertyVerifyOpenReqInput;
}

/** Response of `alibaba.alsc.crm.open.assert.verify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmOpenAssertVerifyResponse {
  /** 接口结果 */
  result?: AlibabaAlscCrmOpenAssertVerifyCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropertyVerifyOpenReq` of `alibaba.alsc.crm.open.assert.verify`. */
export interface AlibabaAlscCrmOpenAssertVerifyPropertyVerifyOpenReqInput {
  /** saas品牌id */
  brand_id: string;
  /** 手机号 */
  mobile?: string;
  /** 操作人id */
  operator_id: string;
  /** 外部id */
  outer_id?: string;
  /** 外部订单号 */
  outer_order_id: string;
  /** 外部id类型，wechat微信，alipay支付宝 */
  outer_type?: string;
  /** 需要核销的积分 */
  point?: Int64Input;
  /** 请求幂等id */
  request_id: string;
  /** saas门店id */
  shop_id: string;
  /** 需要核销的储值，单位为分 */
  value?: Int64Input;
  /** 券实例id */
  voucher_id_list?: string[];
  /** 需要核销的卡号id，不填默认为会员卡id */
  card_id?: string;
  /** 顾客id */
  customer_id?: string;
}

/** `CommonResult` of `alibaba.alsc.crm.open.assert.verify`. */
export interface AlibabaAlscCrmOpenAssertVerifyCommonResult {
  /** 是否成功 */
  biz_success?: boolean;
  /** 结果 */
  result?: AlibabaAlscCrmOpenAssertVerifyPropertyVerifyOpenInfo;
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果详情 */
  result_view?: string;
}

/** `PropertyVerifyOpenInfo` of `alibaba.alsc.crm.open.assert.verify`. */
export interface AlibabaAlscCrmOpenAssertVerifyPropertyVerifyOpenInfo {
  /** 积分核销是否成功 */
  point_success?: boolean;
  /** 储值核销是否成功 */
  value_success?: boolean;
  /** 券码核销信息 */
  voucher_status_list?: AlibabaAlscCrmOpenAssertVerifyVoucherStatusInfo[];
}

/** `VoucherStatusInfo` of `alibaba.alsc.crm.open.assert.verify`. */
export interface AlibabaAlscCrmOpenAssertVerifyVoucherStatusInfo {
  /** 是否成功 */
  success?: boolean;
  /** 券码 */
  voucher_id?: string;
}

const REQUEST_SCHEMA = {
  param_property_verify_open_req: {
    brand_id: 'String',
    mobile: 'String',
    operator_id: 'String',
    outer_id: 'String',
    outer_order_id: 'String',
    outer_type: 'String',
    point: 'Number',
    request_id: 'String',
    shop_id: 'String',
    value: 'Number',
    voucher_id_list: ['String'],
    card_id: 'String',
    customer_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    result: {
      point_success: 'Boolean',
      value_success: 'Boolean',
      voucher_status_list: [
        {
          success: 'Boolean',
          voucher_id: 'String',
        },
      ],
    },
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.open.assert.verify`: method, response root, request and response schemas. */
export const alibabaAlscCrmOpenAssertVerifyOperation = {
  method: 'alibaba.alsc.crm.open.assert.verify',
  responseRoot: 'alibaba_alsc_crm_open_assert_verify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资产核销接口 — calls TOP method `alibaba.alsc.crm.open.assert.verify`.
 *
 * 核销储值，积分，券资产
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmOpenAssertVerify(
  client: TopClient,
  request: AlibabaAlscCrmOpenAssertVerifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmOpenAssertVerifyResponse> {
  return client.call<AlibabaAlscCrmOpenAssertVerifyResponse>(
    {
      method: 'alibaba.alsc.crm.open.assert.verify',
      responseRoot: 'alibaba_alsc_crm_open_assert_verify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
