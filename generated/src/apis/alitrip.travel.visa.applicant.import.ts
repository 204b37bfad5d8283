// Generated from specs/normalvisa/alitrip.travel.visa.applicant.import.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alitrip.travel.visa.applicant.import` (签证申请人导入). */
export interface AlitripTravelVisaApplicantImportRequest {
  /** 证件照文件字节流 */
  photo_file: TopFile;
  /** 外部商家申请人id */
  outer_apply_id: string;
  /** 护照文件类型 */
  passport_file_type: string;
  /** 国家id。目前支持越南(27027) */
  nation_id: Int64Input;
  /** 护照文件字节流 */
  passport_file: TopFile;
  /** 证件照文件类型 */
  photo_file_type: string;
  /** 申请人信息。字段注释：1.sex(性别),值:M/F;2.nationality(国籍),值:CHN(中国大陆),HKG(中国香港),MAC(中国澳门),USA(美国),CAN(加拿大);3.daibanTypeId(代办类型):1(越南一个月单次入境),2(越南一个月多次入境),3(越南三个月单次入境),4(越南三个月多次入境) */
  form_data_json: string;
}

/** Response of `alitrip.travel.visa.applicant.import`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelVisaApplicantImportResponse {
  /** 外部商家申请人id */
  outer_apply_id?: string;
  /** 申请人id */
  apply_id?: string;
  /** 拼音姓 */
  last_name_pinyin?: string;
  /** 拼音名 */
  first_name_pinyin?: string;
  /** 护照号 */
  passport_number?: string;
  /** 错误类型:1-数据重复，2-数据错误 */
  error_type?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  photo_file: 'byte[]',
  outer_apply_id: 'String',
  passport_file_type: 'String',
  nation_id: 'Number',
  passport_file: 'byte[]',
  photo_file_type: 'String',
  form_data_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  outer_apply_id: 'String',
  apply_id: 'String',
  last_name_pinyin: 'String',
  first_name_pinyin: 'String',
  passport_number: 'String',
  error_type: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.visa.applicant.import`: method, response root, request and response schemas. */
export const alitripTravelVisaApplicantImportOperation = {
  method: 'alitrip.travel.visa.applicant.import',
  responseRoot: 'alitrip_travel_visa_applicant_import_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 签证申请人导入 — calls TOP method `alitrip.travel.visa.applicant.import`.
 *
 * 签证线下申请人导入接口。供商家将线下的签证申请人信息导入，进行签证线上化办理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelVisaApplicantImport(
  client: TopClient,
  request: AlitripTravelVisaApplicantImportRequest,
  options?: CallOptions,
): Promise<AlitripTravelVisaApplicantImportResponse> {
  return client.call<AlitripTravelVisaApplicantImportResponse>(
    {
      method: 'alitrip.travel.visa.applicant.import',
      responseRoot: 'alitrip_travel_visa_applicant_import_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
