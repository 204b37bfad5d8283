// Generated from specs/aliqin/alibaba.isv.digitalsms.createtemplate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.isv.digitalsms.createtemplate` (数字短信模板创建). */
export interface AlibabaIsvDigitalsmsCreatetemplateRequest {
  /** 模板名称 */
  template_name: string;
  /**
   * 系统自动生成
   *
   * Max list size: 20
   */
  template_contents: AlibabaIsvDigitalsmsCreatetemplateDigitalSmsTemplateContentDtoInput[];
  /** 申请说明 */
  apply_remark: string;
}

/** Response of `alibaba.isv.digitalsms.createtemplate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIsvDigitalsmsCreatetemplateResponse {
  /** 返回值 */
  result?: AlibabaIsvDigitalsmsCreatetemplateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DigitalSmsTemplateContentDto` of `alibaba.isv.digitalsms.createtemplate`. */
export interface AlibabaIsvDigitalsmsCreatetemplateDigitalSmsTemplateContentDtoInput {
  /** 文件二进制数组转base64，转的时候指定编码格式为UTF-8 */
  file_contents: string;
  /** 文件大小，单位：字节 */
  file_size: Int64Input;
  /** 文件名称，请带上后缀 */
  file_name: string;
  /** 文件后缀名，文字内容转成txt，图片支持gif、jpg、png格式，音频支持mp3格式，视频支持mp4格式，目前只支持上传一个视频文件 */
  file_suffix: string;
}

/** `Result` of `alibaba.isv.digitalsms.createtemplate`. */
export interface AlibabaIsvDigitalsmsCreatetemplateResult {
  /** 模板code */
  model?: string;
  /** 返回信息描述 */
  msg?: string;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  template_name: 'String',
  template_contents: [
    {
      file_contents: 'String',
      file_size: 'Number',
      file_name: 'String',
      file_suffix: 'String',
    },
  ],
  apply_remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    msg: 'String',
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.isv.digitalsms.createtemplate`: method, response root, request and response schemas. */
export const alibabaIsvDigitalsmsCreatetemplateOperation = {
  method: 'alibaba.isv.digitalsms.createtemplate',
  responseRoot: 'alibaba_isv_digitalsms_createtemplate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数字短信模板创建 — calls TOP method `alibaba.isv.digitalsms.createtemplate`.
 *
 * 数字短信模板创建，给聚石塔，类型：2
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIsvDigitalsmsCreatetemplate(
  client: TopClient,
  request: AlibabaIsvDigitalsmsCreatetemplateRequest,
  options?: CallOptions,
): Promise<AlibabaIsvDigitalsmsCreatetemplateResponse> {
  return client.call<AlibabaIsvDigitalsmsCreatetemplateResponse>(
    {
      method: 'alibaba.isv.digitalsms.createtemplate',
      responseRoot: 'alibaba_isv_digitalsms_createtemplate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
