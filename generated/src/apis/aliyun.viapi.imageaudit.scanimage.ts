// Generated from specs/viapi/aliyun.viapi.imageaudit.scanimage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.imageaudit.scanimage` (绿网-内容安全). */
export interface AliyunViapiImageauditScanimageRequest {
  /**
   * 系统自动生成
   *
   * Max list size: 999
   */
  tasks?: AliyunViapiImageauditScanimageTaskInput[];
  /**
   * 场景列表
   *
   * Max list size: 999
   */
  scenes?: string[];
}

/** Response of `aliyun.viapi.imageaudit.scanimage`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiImageauditScanimageResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data_list?: AliyunViapiImageauditScanimageData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Task` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageTaskInput {
  /** 数据ID */
  data_id?: string;
  /** 待检测图像的URL。支持HTTP和HTTPS协议。当前仅支持上海地域的OSS链接 */
  image_url?: string;
  /** 图片创建或编辑时间 */
  image_time?: Int64Input;
  /** 截帧频率 */
  interval?: Int64Input;
  /** 最大截帧数量 */
  max_frames?: Int64Input;
}

/** `Data` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageData {
  /** 图片检测结果 */
  results?: AliyunViapiImageauditScanimageResult[];
}

/** `Result` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageResult {
  /** 数据ID */
  data_id?: string;
  /** 任务ID */
  task_id?: string;
  /** 图像的URL */
  image_url?: string;
  /** 单张图片的检测结果 */
  sub_results?: AliyunViapiImageauditScanimageSubResult[];
}

/** `SubResult` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageSubResult {
  /** 建议您执行的操作，取值范围： pass：图片正常，无需进行其余操作；或者未识别出目标对象 review：检测结果不确定，需要进行人工审核；或者识别出目标对象 block：图片违规，建议执行进一步操作（如直接删除或做限制处理） */
  suggestion?: string;
  /** 相似概率 */
  rate?: Int64;
  /** 检测结果的分类，与具体的scene对应。取值范围参见scene和label说明。 */
  label?: string;
  /** 图片检测场景，和调用请求中的场景（scenes）对应 */
  scene?: string;
  /** 识别到的图片中的完整文字信息。 说明 默认不返回，如需返回请通过工单联系我们 */
  ocr_data_list?: string[];
  /** 如果待检测图片因为过长被截断，该参数返回截断后的每一帧图像的临时访问地址，供您参考。具体结构描述见Frame */
  frames?: AliyunViapiImageauditScanimageFrame[];
  /** 图片中含有广告时，返回图片中广告文字命中的风险关键词信息。格式为数组，具体结构描述见HintWordsInfo。 说明 仅适用于ad场景。 示例值： "hintWordsInfo":[{"context":"敏感词"}] */
  hint_words_info_list?: AliyunViapiImageauditScanimageHintWordsInfo[];
  /** 图片中含有小程序码时，返回小程序码的位置信息，具体结构描述见ProgramCodeData。说明 仅适用于qrcode场景，且已通过工单联系我们开通了小程序码识别 */
  program_code_data_list?: AliyunViapiImageauditScanimageProgramCodeData[];
  /** 图片中含有logo时，返回识别出来的logo信息，具体结构描述见LogoData。 说明 仅适用于logo场景 */
  logo_data_list?: AliyunViapiImageauditScanimageLogoData[];
  /** 图片中包含暴恐识涉政内容时，返回识别出来的暴恐涉政信息，具体结构描述见SfaceData。 说明 仅适用于terrorism和sface场景。关于该参数在sface场景中的具体内容，请参见敏感人脸检测 */
  sface_data_list?: AliyunViapiImageauditScanimageSfaceData[];
}

/** `Frame` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageFrame {
  /** 置信度，仅作参考，不建议使用 */
  rate?: Int64;
  /** 被截断的图片的临时访问url，地址有效期是5分钟 */
  u_r_l?: string;
}

/** `HintWordsInfo` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageHintWordsInfo {
  /** 图片中文字命中的风险关键词内容 */
  context?: string;
}

/** `ProgramCodeData` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageProgramCodeData {
  /** 以图片左上角为坐标原点，小程序码区域左上角到y轴距离 */
  x?: Int64;
  /** 以图片左上角为坐标原点，小程序码区域左上角到x轴距离 */
  y?: Int64;
  /** 小程序码区域宽度 */
  width?: Int64;
  /** 小程序码区域高度 */
  height?: Int64;
}

/** `LogoData` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageLogoData {
  /** 识别出的logo类型，取值为TV （台标） */
  type?: string;
  /** 识别出的logo名称 */
  name?: string;
  /** 以图片左上角为坐标原点，logo区域左上角到y轴距离。 */
  x?: Int64;
  /** 以图片左上角为坐标原点，logo区域左上角到x轴距离。 */
  y?: Int64;
  /** logo区域宽度 */
  width?: Int64;
  /** logo区域高度 */
  height?: Int64;
}

/** `SfaceData` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageSfaceData {
  /** 识别出的人脸信息，具体结构描述见face */
  faces?: AliyunViapiImageauditScanimageFace[];
  /** 人脸区域高度 */
  heihght?: Int64;
  /** 人脸区域宽度 */
  width?: Int64;
  /** 以图片左上角为坐标原点，人脸区域左上角到x轴距离 */
  y?: Int64;
  /** 以图片左上角为坐标原点，人脸区域左上角到y轴距离 */
  x?: Int64;
}

/** `Face` of `aliyun.viapi.imageaudit.scanimage`. */
export interface AliyunViapiImageauditScanimageFace {
  /** 人脸Id */
  id?: string;
  /** 相似概率 */
  rate?: Int64;
  /** 相似人物的名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  tasks: [
    {
      data_id: 'String',
      image_url: 'String',
      image_time: 'Number',
      interval: 'Number',
      max_frames: 'Number',
    },
  ],
  scenes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data_list: {
    results: [
      {
        data_id: 'String',
        task_id: 'String',
        image_url: 'String',
        sub_results: [
          {
            suggestion: 'String',
            rate: 'Number',
            label: 'String',
            scene: 'String',
            ocr_data_list: ['String'],
            frames: [
              {
                rate: 'Number',
                u_r_l: 'String',
              },
            ],
            hint_words_info_list: [
              {
                context: 'String',
              },
            ],
            program_code_data_list: [
              {
                x: 'Number',
                y: 'Number',
                width: 'Number',
                height: 'Number',
              },
            ],
            logo_data_list: [
              {
                type: 'String',
                name: 'String',
                x: 'Number',
                y: 'Number',
                width: 'Number',
                height: 'Number',
              },
            ],
            sface_data_list: [
              {
                faces: [
                  {
                    id: 'String',
                    rate: 'Number',
                    name: 'String',
                  },
                ],
                heihght: 'Number',
                width: 'Number',
                y: 'Number',
                x: 'Number',
              },
            ],
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.imageaudit.scanimage`: method, response root, request and response schemas. */
export const aliyunViapiImageauditScanimageOperation = {
  method: 'aliyun.viapi.imageaudit.scanimage',
  responseRoot: 'aliyun_viapi_imageaudit_scanimage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 绿网-内容安全 — calls TOP method `aliyun.viapi.imageaudit.scanimage`.
 *
 * 绿网-内容安全技术是基于阿里云视觉分析技术和深度识别技术，并经过在阿里经济体内和云上客户的多领域、多场景的广泛应用和不断优化，可提供风险和治理领域的图像识别、定位、检索等全面服务能力，不仅可以降低色情、涉恐、涉政、广告、垃圾信息等违规风险，而且能大幅度降低人工审核成本。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiImageauditScanimage(
  client: TopClient,
  request: AliyunViapiImageauditScanimageRequest = {},
  options?: CallOptions,
): Promise<AliyunViapiImageauditScanimageResponse> {
  return client.call<AliyunViapiImageauditScanimageResponse>(
    {
      method: 'aliyun.viapi.imageaudit.scanimage',
      responseRoot: 'aliyun_viapi_imageaudit_scanimage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
