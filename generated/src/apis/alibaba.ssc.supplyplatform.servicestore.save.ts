// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.servicestore.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.servicestore.save` (保存网点). */
export interface AlibabaSscSupplyplatformServicestoreSaveRequest {
  /** 入参 */
  service_store_save_req?: AlibabaSscSupplyplatformServicestoreSaveServiceStoreSaveForTopReqDTOInput;
}

/** Response of `alibaba.ssc.supplyplatform.servicestore.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServicestoreSaveResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServicestoreSaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceStoreSaveForTopReqDTO` of `alibaba.ssc.supplyplatform.servicestore.save`. */
export interface AlibabaSscSupplyplatformServicestoreSaveServiceStoreSaveForTopReqDTOInput {
  /** 支付宝账号 */
  alipay_account_id_number?: string;
  /** 法人身份证反面l-使用阿里图片服务 */
  legal_person_id_card_pic_back?: string;
  /** 网点名称-唯一 */
  service_store_name: string;
  /** 维度，必须是数字 */
  latitude?: string;
  /** 公司名称 */
  company_name?: string;
  /** 扩展属性，底层必须是map结构 */
  attributes?: string;
  /** 法人身份证 */
  legal_person_id_number?: string;
  /** 网点负责人姓名 */
  manager_name?: string;
  /** 法人身份证照片l-使用阿里图片服务 */
  legal_person_id_card_pic?: string;
  /** 统一社会信用代码 */
  social_credit_code?: string;
  /** 网点地址编码经纬度和详细地址id二选一 */
  address_id?: Int64Input;
  /** 法人姓名 */
  legal_person_name?: string;
  /** 品牌认证图片url-使用阿里图片服务 */
  brand_certification?: string;
  /** 网点邮箱 */
  service_store_mail?: string;
  /** 网点负责人电话 */
  manager_phone?: string;
  /** 精度，必须是数字 */
  longitude?: string;
  /** 门头照片-使用阿里图片服务 */
  front_photo?: string;
  /** 详细地址 */
  address?: string;
  /** 认证的天猫品牌id集合-找运营支持 */
  certificated_brand_ids?: string;
  /** 营业时间,小时维度 */
  business_hours?: string;
  /** 支付宝账号id */
  alipay_account_id?: string;
  /** 支付宝账号注册的信息--如用手机号或者邮箱 */
  alipay_account?: string;
  /** 网点code和网点id选其一 */
  service_store_code?: string;
  /** 营业执照照片-使用阿里图片服务 */
  license_photo?: string;
  /** 对外服务电话 */
  phone?: string;
  /** 支付宝账号真实姓名 */
  alipay_account_name?: string;
  /** 网点id和网点code选其一 */
  service_store_id?: Int64Input;
}

/** `Result` of `alibaba.ssc.supplyplatform.servicestore.save`. */
export interface AlibabaSscSupplyplatformServicestoreSaveResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回对象 */
  value?: AlibabaSscSupplyplatformServicestoreSaveServiceStoreCreateDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `ServiceStoreCreateDto` of `alibaba.ssc.supplyplatform.servicestore.save`. */
export interface AlibabaSscSupplyplatformServicestoreSaveServiceStoreCreateDto {
  /** 网点id */
  service_store_id?: Int64;
  /** 秘钥--内嵌核销页面使用 */
  secret?: string;
}

const REQUEST_SCHEMA = {
  service_store_save_req: {
    alipay_account_id_number: 'String',
    legal_person_id_card_pic_back: 'String',
    service_store_name: 'String',
    latitude: 'String',
    company_name: 'String',
    attributes: 'String',
    legal_person_id_number: 'String',
    manager_name: 'String',
    legal_person_id_card_pic: 'String',
    social_credit_code: 'String',
    address_id: 'Number',
    legal_person_name: 'String',
    brand_certification: 'String',
    service_store_mail: 'String',
    manager_phone: 'String',
    longitude: 'String',
    front_photo: 'String',
    address: 'String',
    certificated_brand_ids: 'String',
    business_hours: 'String',
    alipay_account_id: 'String',
    alipay_account: 'String',
    service_store_code: 'String',
    license_photo: 'String',
    phone: 'String',
    alipay_account_name: 'String',
    service_store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    value: {
      service_store_id: 'Number',
      secret: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.servicestore.save`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServicestoreSaveOperation = {
  method: 'alibaba.ssc.supplyplatform.servicestore.save',
  responseRoot: 'alibaba_ssc_supplyplatform_servicestore_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保存网点 — calls TOP method `alibaba.ssc.supplyplatform.servicestore.save`.
 *
 * 网点创建、修改
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServicestoreSave(
  client: TopClient,
  request: AlibabaSscSupplyplatformServicestoreSaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServicestoreSaveResponse> {
  return client.call<AlibabaSscSupplyplatformServicestoreSaveResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.servicestore.save',
      responseRoot: 'alibaba_ssc_supplyplatform_servicestore_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
