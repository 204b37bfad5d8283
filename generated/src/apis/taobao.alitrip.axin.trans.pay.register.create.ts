// Generated from specs/axintrade/taobao.alitrip.axin.trans.pay.register.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.pay.register.create` (提交支付服务开通). */
export interface TaobaoAlitripAxinTransPayRegisterCreateRequest {
  /** 提交支付服务开通接口入参 */
  create_d_t_o: TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterCreateDtoInput;
}

/** Response of `taobao.alitrip.axin.trans.pay.register.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransPayRegisterCreateResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransPayRegisterCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinPayRegisterCreateDto` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterCreateDtoInput {
  /** 法人身份证 */
  legal_cert_type: string;
  /** 站点信息 */
  sites?: TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterSiteInfoInput[];
  /** 结算支付宝账号 */
  alipay_logon_id: string;
  /** 商户使用服务 */
  service: string[];
  /** 联系人电话 */
  contact_phone?: string;
  /** 联系人名字 */
  contact_name?: string;
  /** 客服电话 */
  service_phone?: string;
  /** 营业地址 */
  business_address?: TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterAddressInput;
  /** 法人身份证反面url */
  legal_cert_front_image: string;
  /** 法人身份证件号 */
  legal_cert_no: string;
  /** 法人名称 */
  legal_name: string;
  /** 商户证件图片url */
  cert_image: string;
  /** 商户证件类型 */
  cert_type: string;
  /** 商户证件编号 */
  cert_no: string;
  /** 商户类别码mcc */
  mcc?: string;
  /** 商户类型 */
  merchant_type: string;
  /** 商户别名 */
  alias_name?: string;
  /** 商户名称 */
  name: string;
  /** 商户编号 */
  external_id: string;
  /** 法人身份证反面url */
  legal_cert_back_image: string;
  /** 行业资格证 */
  qualifications?: TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterQualificationInput[];
  /** 支付宝签约账号 */
  binding_alipay_logon_id?: string;
}

/** `AxinPayRegisterSiteInfo` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterSiteInfoInput {
  /** 站点地址 */
  site_url?: string;
  /** 网站名称 */
  site_name?: string;
  /** 网站：01APP : 02服务窗:03公众号:04其他:05支付宝小程序:06 */
  site_type?: string;
}

/** `AxinPayRegisterAddress` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterAddressInput {
  /** 详细地址 */
  address?: string;
  /** 区县编码 */
  district_code?: string;
  /** 城市code */
  city_code?: string;
  /** 省code */
  province_code?: string;
  /** 国家code */
  country_code?: string;
}

/** `AxinPayRegisterQualification` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterQualificationInput {
  /** 行业资格证图片ID */
  image_id?: string;
  /** 类型 */
  type?: string;
}

/** `Result` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 描述信息 */
  info_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterCreateResDto;
}

/** `AxinPayRegisterCreateResDto` of `taobao.alitrip.axin.trans.pay.register.create`. */
export interface TaobaoAlitripAxinTransPayRegisterCreateAxinPayRegisterCreateResDto {
  /** 支付宝返回的申请单号 */
  apply_order_id?: string;
}

const REQUEST_SCHEMA = {
  create_d_t_o: {
    legal_cert_type: 'String',
    sites: [
      {
        site_url: 'String',
        site_name: 'String',
        site_type: 'String',
      },
    ],
    alipay_logon_id: 'String',
    service: ['String'],
    contact_phone: 'String',
    contact_name: 'String',
    service_phone: 'String',
    business_address: {
      address: 'String',
      district_code: 'String',
      city_code: 'String',
      province_code: 'String',
      country_code: 'String',
    },
    legal_cert_front_image: 'String',
    legal_cert_no: 'String',
    legal_name: 'String',
    cert_image: 'String',
    cert_type: 'String',
    cert_no: 'String',
    mcc: 'String',
    merchant_type: 'String',
    alias_name: 'String',
    name: 'String',
    external_id: 'String',
    legal_cert_back_image: 'String',
    qualifications: [
      {
        image_id: 'String',
        type: 'String',
      },
    ],
    binding_alipay_logon_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    need_retry: 'Boolean',
    info_msg: 'String',
    success: 'Boolean',
    data: {
      apply_order_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.pay.register.create`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransPayRegisterCreateOperation = {
  method: 'taobao.alitrip.axin.trans.pay.register.create',
  responseRoot: 'alitrip_axin_trans_pay_register_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交支付服务开通 — calls TOP method `taobao.alitrip.axin.trans.pay.register.create`.
 *
 * 阿信供销平台-提交支付服务开通接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransPayRegisterCreate(
  client: TopClient,
  request: TaobaoAlitripAxinTransPayRegisterCreateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransPayRegisterCreateResponse> {
  return client.call<TaobaoAlitripAxinTransPayRegisterCreateResponse>(
    {
      method: 'taobao.alitrip.axin.trans.pay.register.create',
      responseRoot: 'alitrip_axin_trans_pay_register_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
