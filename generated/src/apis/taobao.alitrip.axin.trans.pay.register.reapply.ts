// Generated from specs/axintrade/taobao.alitrip.axin.trans.pay.register.reapply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.pay.register.reapply` (阿信支付入驻重新申请). */
export interface TaobaoAlitripAxinTransPayRegisterReapplyRequest {
  /** 阿信支付入驻重新申请参数 */
  axin_pay_register_create_d_t_o?: TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterCreateDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.pay.register.reapply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyResponse {
  /** 结果对象 */
  result?: TaobaoAlitripAxinTransPayRegisterReapplyBaseResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinPayRegisterCreateDto` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterCreateDtoInput {
  /** 商户别名 */
  alias_name?: string;
  /** 支付结算账号 */
  alipay_logon_id: string;
  /** 支付签约账号 */
  binding_alipay_logon_id?: string;
  /** 地址 */
  business_address?: TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterAddressInput;
  /** 证件照片 */
  cert_image?: string;
  /** 证件号 */
  cert_no?: string;
  /** 证件类型 */
  cert_type?: string;
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 商户号 */
  external_id: string;
  /** 法人证件照反面 */
  legal_cert_back_image?: string;
  /** 法人证件照正面 */
  legal_cert_front_image?: string;
  /** 法人证件号 */
  legal_cert_no?: string;
  /** 法人证件类型 */
  legal_cert_type?: string;
  /** 法人姓名 */
  legal_name?: string;
  /** mcc */
  mcc?: string;
  /** 商户类型 */
  merchant_type?: string;
  /** 商户姓名 */
  name?: string;
  /** 行业资格证 */
  qualifications?: TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterQualificationInput[];
  /** 服务 */
  service?: string[];
  /** 客服电话 */
  service_phone?: string;
  /** 站点信息 */
  sites?: TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterSiteInfoInput[];
}

/** `AxinPayRegisterAddress` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterAddressInput {
  /** 详细地址 */
  address?: string;
  /** 城市code */
  city_code?: string;
  /** 国家code */
  country_code?: string;
  /** 区code */
  district_code?: string;
  /** 省code */
  province_code?: string;
}

/** `AxinPayRegisterQualification` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterQualificationInput {
  /** 照片id */
  image_id?: string;
  /** 证类型 */
  type?: string;
}

/** `AxinPayRegisterSiteInfo` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterSiteInfoInput {
  /** 站点名称 */
  site_name?: string;
  /** 站点类型 */
  site_type?: string;
  /** 站点url */
  site_url?: string;
}

/** `BaseResultDto` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyBaseResultDto {
  /** 结果数据对象 */
  data?: TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterCreateResDto;
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 信息 */
  info_msg?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 是否成功 */
  success?: boolean;
}

/** `AxinPayRegisterCreateResDto` of `taobao.alitrip.axin.trans.pay.register.reapply`. */
export interface TaobaoAlitripAxinTransPayRegisterReapplyAxinPayRegisterCreateResDto {
  /** 支付入驻域申请单记录id */
  apply_order_id?: string;
  /** 支付平台申请单号 */
  pay_register_order_no?: string;
}

const REQUEST_SCHEMA = {
  axin_pay_register_create_d_t_o: {
    alias_name: 'String',
    alipay_logon_id: 'String',
    binding_alipay_logon_id: 'String',
    business_address: {
      address: 'String',
      city_code: 'String',
      country_code: 'String',
      district_code: 'String',
      province_code: 'String',
    },
    cert_image: 'String',
    cert_no: 'String',
    cert_type: 'String',
    contact_name: 'String',
    contact_phone: 'String',
    external_id: 'String',
    legal_cert_back_image: 'String',
    legal_cert_front_image: 'String',
    legal_cert_no: 'String',
    legal_cert_type: 'String',
    legal_name: 'String',
    mcc: 'String',
    merchant_type: 'String',
    name: 'String',
    qualifications: [
      {
        image_id: 'String',
        type: 'String',
      },
    ],
    service: ['String'],
    service_phone: 'String',
    sites: [
      {
        site_name: 'String',
        site_type: 'String',
        site_url: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      apply_order_id: 'String',
      pay_register_order_no: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    info_msg: 'String',
    need_retry: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.pay.register.reapply`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransPayRegisterReapplyOperation = {
  method: 'taobao.alitrip.axin.trans.pay.register.reapply',
  responseRoot: 'alitrip_axin_trans_pay_register_reapply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿信支付入驻重新申请 — calls TOP method `taobao.alitrip.axin.trans.pay.register.reapply`.
 *
 * 阿信支付入驻重新申请
 * 用于支付平台驳回，商户提交时的业务场景
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransPayRegisterReapply(
  client: TopClient,
  request: TaobaoAlitripAxinTransPayRegisterReapplyRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransPayRegisterReapplyResponse> {
  return client.call<TaobaoAlitripAxinTransPayRegisterReapplyResponse>(
    {
      method: 'taobao.alitrip.axin.trans.pay.register.reapply',
      responseRoot: 'alitrip_axin_trans_pay_register_reapply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
