// Generated from specs/viapi/aliyun.viapi.ocr.character.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.ocr.character` (通用文字识别). */
export interface AliyunViapiOcrCharacterRequest {
  /** 待检测图片链接 */
  image_url: string;
  /** 图片类型, ,取范围[0:ImageURL, 1:ImageContent] */
  image_type?: Int64Input;
  /** 图片中文字的最小高度，单位像素 */
  min_height: Int64Input;
  /** 是否输出文字框的概率,取值范围[true:是, false:否] */
  output_probability: boolean;
}

/** Response of `aliyun.viapi.ocr.character`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiOcrCharacterResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiOcrCharacterData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.ocr.character`. */
export interface AliyunViapiOcrCharacterData {
  /** 返回识别信息 */
  results?: AliyunViapiOcrCharacterResult[];
}

/** `Result` of `aliyun.viapi.ocr.character`. */
export interface AliyunViapiOcrCharacterResult {
  /** 文字区域 */
  text_rectangle?: AliyunViapiOcrCharacterTextRectangle;
  /** 文字区域概率，概率值的范围为[0, 1] */
  probability?: Int64;
  /** 文字内容 */
  text?: string;
}

/** `TextRectangle` of `aliyun.viapi.ocr.character`. */
export interface AliyunViapiOcrCharacterTextRectangle {
  /** 文字区域左上角x坐标 */
  left?: Int64;
  /** 文字区域角度，角度范围[0, 360] */
  angle?: Int64;
  /** 文字区域左上角y坐标 */
  top?: Int64;
  /** 文字区域高度 */
  height?: Int64;
  /** 文字区域宽度 */
  width?: Int64;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
  image_type: 'Number',
  min_height: 'Number',
  output_probability: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    results: [
      {
        text_rectangle: {
          left: 'Number',
          angle: 'Number',
          top: 'Number',
          height: 'Number',
          width: 'Number',
        },
        probability: 'Number',
        text: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.ocr.character`: method, response root, request and response schemas. */
export const aliyunViapiOcrCharacterOperation = {
  method: 'aliyun.viapi.ocr.character',
  responseRoot: 'aliyun_viapi_ocr_character_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用文字识别 — calls TOP method `aliyun.viapi.ocr.character`.
 *
 * 获取通用的文字信息。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiOcrCharacter(
  client: TopClient,
  request: AliyunViapiOcrCharacterRequest,
  options?: CallOptions,
): Promise<AliyunViapiOcrCharacterResponse> {
  return client.call<AliyunViapiOcrCharacterResponse>(
    {
      method: 'aliyun.viapi.ocr.character',
      responseRoot: 'aliyun_viapi_ocr_character_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
