// Generated from specs/aliqin/alibaba.aliqin.fc.digitalsms.createtemplate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.digitalsms.createtemplate` (数字短信模板创建). */
export interface AlibabaAliqinFcDigitalsmsCreatetemplateRequest {
  /** 模板名称 */
  template_name: string;
  /**
   * 系统自动生成
   *
   * Max list size: 20
   */
  template_contents: AlibabaAliqinFcDigitalsmsCreatetemplateDigitalSmsTemplateContentDtoInput[];
  /** 申请说明 */
  apply_remark: string;
}

/** Response of `alibaba.aliqin.fc.digitalsms.createtemplate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcDigitalsmsCreatetemplateResponse {
  /** 返回值 */
  result?: AlibabaAliqinFcDigitalsmsCreatetemplateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DigitalSmsTemplateContentDto` of `alibaba.aliqin.fc.digitalsms.createtemplate`. */
export interface AlibabaAliqinFcDigitalsmsCreatetemplateDigitalSmsTemplateContentDtoInput {
  /** 文件后缀名，文字内容转成txt，图片支持gif、jpg、png格式，音频支持mp3格式，视频支持mp4格式，目前只支持上传一个视频文件 */
  file_suffix: string;
  /** 文件名称，请带上后缀 */
  file_name: string;
  /** 文件大小，单位：字节 */
  file_size: Int64Input;
  /** 文件二进制数组转base64，转的时候指定编码格式为UTF-8 */
  file_contents: string;
}

/** `Result` of `alibaba.aliqin.fc.digitalsms.createtemplate`. */
export interface AlibabaAliqinFcDigitalsmsCreatetemplateResult {
  /** 错误码 */
  err_code?: string;
  /** true表示成功，false表示失败 */
  success?: boolean;
  /** 返回信息描述 */
  msg?: string;
  /** 模板code */
  model?: string;
}

const REQUEST_SCHEMA = {
  template_name: 'String',
  template_contents: [
    {
      file_suffix: 'String',
      file_name: 'String',
      file_size: 'Number',
      file_contents: 'String',
    },
  ],
  apply_remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    success: 'Boolean',
    msg: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.digitalsms.createtemplate`: method, response root, request and response schemas. */
export const alibabaAliqinFcDigitalsmsCreatetemplateOperation = {
  method: 'alibaba.aliqin.fc.digitalsms.createtemplate',
  responseRoot: 'alibaba_aliqin_fc_digitalsms_createtemplate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 数字短信模板创建 — calls TOP method `alibaba.aliqin.fc.digitalsms.createtemplate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcDigitalsmsCreatetemplate(
  client: TopClient,
  request: AlibabaAliqinFcDigitalsmsCreatetemplateRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcDigitalsmsCreatetemplateResponse> {
  return client.call<AlibabaAliqinFcDigitalsmsCreatetemplateResponse>(
    {
      method: 'alibaba.aliqin.fc.digitalsms.createtemplate',
      responseRoot: 'alibaba_aliqin_fc_digitalsms_createtemplate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
